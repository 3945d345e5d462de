namespace Kyzmat.GraphQL.Workflows;

/// <summary>The filter of <c>workflowInstances</c>, as the client sends it.</summary>
public sealed class WorkflowInstanceFilter
{
    public string? DefinitionKey { get; set; }

    public int? Version { get; set; }

    /// <summary>The engine's state name (the enum's value).</summary>
    public string? State { get; set; }

    public string? BusinessKey { get; set; }

    public bool? IsTestRun { get; set; }
}
