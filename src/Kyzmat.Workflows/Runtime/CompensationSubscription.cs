namespace Kyzmat.Workflows.Runtime;

/// <summary>
/// A completed activity that a compensation event in its scope would undo, by running the handler its compensation
/// boundary event points to; or (with <see cref="TokenId"/>) a completed sub-process whose own such activities
/// (subscriptions scoped to that token) a compensation event around it reaches too. Kept until used, once.
/// </summary>
internal sealed class CompensationSubscription
{
    public string ElementId { get; set; } = "";

    /// <summary>The scope (sub-process token) the activity ran in; null at process level.</summary>
    public Guid? ScopeId { get; set; }

    /// <summary>A completed sub-process: the token it had, which the subscriptions inside it name as their scope.</summary>
    public Guid? TokenId { get; set; }
}
