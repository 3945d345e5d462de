using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Jobs;

/// <summary>
/// What an ad-hoc sub-process's job worker decided, as Camunda 8.8's complete-job <c>adHocSubProcess</c> result: the inner
/// elements to activate (each in an inner instance of its own, with its variables as that instance's locals), whether
/// the completion condition is fulfilled, and then whether the inner instances still running are cancelled. Activating
/// elements and fulfilling the condition at once is refused, as Camunda refuses it.
/// </summary>
public sealed record AdHocSubProcessResult(
    IReadOnlyList<AdHocElementActivation> ActivateElements,
    bool IsCompletionConditionFulfilled = false,
    bool IsCancelRemainingInstances = false)
{
    public static AdHocSubProcessResult Activate(params AdHocElementActivation[] elements) => new(elements);

    public static AdHocSubProcessResult Fulfilled(bool cancelRemainingInstances) => new([], true, cancelRemainingInstances);
}

/// <summary>One inner element to activate, with the variables of its inner instance.</summary>
public sealed record AdHocElementActivation(string ElementId, JsonObject? Variables = null);
