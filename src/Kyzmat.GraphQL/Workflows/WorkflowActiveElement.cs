namespace Kyzmat.GraphQL.Workflows;

/// <summary>An element where tokens of an instance are, and how many.</summary>
public sealed record WorkflowActiveElement(string ElementId, int Count)
{
    /// <summary>One entry per element, in the order the engine lists the tokens.</summary>
    public static IReadOnlyList<WorkflowActiveElement> Of(IEnumerable<string> tokenElements) =>
        tokenElements.GroupBy(id => id, StringComparer.Ordinal).Select(g => new WorkflowActiveElement(g.Key, g.Count())).ToList();
}
