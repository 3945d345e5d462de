namespace Kyzmat.GraphQL.Workflows;

/// <summary>The input of <c>migrateWorkflowInstance</c>, as the client sends it.</summary>
public sealed class WorkflowMigration
{
    public string InstanceId { get; set; } = "";

    public string TargetDefinitionId { get; set; } = "";

    public List<WorkflowElementMapping>? Mapping { get; set; }
}
