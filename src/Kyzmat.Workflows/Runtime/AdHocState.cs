namespace Kyzmat.Workflows.Runtime;

/// <summary>
/// What an ad-hoc sub-process's job worker decided, kept on its token between commands (as Zeebe keeps it on the element
/// instance): the completion condition is fulfilled, and whether the remaining inner instances are cancelled.
/// </summary>
internal sealed class AdHocState
{
    public bool CompletionConditionFulfilled { get; set; }

    public bool CancelRemainingInstances { get; set; }
}
