using GraphQL.Types;

namespace Kyzmat.GraphQL.Workflows;

public sealed class StartWorkflowTestRunInput : InputObjectGraphType<WorkflowTestRunStart>
{
    public StartWorkflowTestRunInput()
    {
        Name = nameof(StartWorkflowTestRunInput);
        Field(f => f.Key).Description("The process key (the BPMN process id).");
        Field(f => f.Version, nullable: true).Description("The version to run; the latest when left out.");
        Field(f => f.Variables, nullable: true)
            .Description($"The instance's variables as one JSON object (at most {WorkflowVariablesJson.MaxLength / 1024} K characters).");
    }
}
