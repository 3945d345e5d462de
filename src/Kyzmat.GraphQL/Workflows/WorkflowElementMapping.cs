namespace Kyzmat.GraphQL.Workflows;

/// <summary>A source element id and the target element id its tokens move to.</summary>
public sealed class WorkflowElementMapping
{
    public string From { get; set; } = "";

    public string To { get; set; } = "";
}
