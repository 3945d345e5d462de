namespace Kyzmat.GraphQL.Workflows;

/// <summary>The input of <c>startWorkflowTestRun</c>, as the client sends it.</summary>
public sealed class WorkflowTestRunStart
{
    public string Key { get; set; } = "";

    public int? Version { get; set; }

    public string? Variables { get; set; }
}
