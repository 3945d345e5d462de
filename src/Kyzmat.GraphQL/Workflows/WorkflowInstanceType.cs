using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.Workflows.Runtime;

namespace Kyzmat.GraphQL.Workflows;

public sealed class WorkflowInstanceType : ObjectGraphType<WorkflowInstanceInfo>
{
    public WorkflowInstanceType()
    {
        Name = "WorkflowInstance";
        Description = "A running or finished process instance. `history` and `incidents` read more rows: ask for them on one instance at a time.";
        this.AdminOnly();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<WorkflowInstanceStateType>>("state").Resolve(c => c.Source.State);
        Field<NonNullGraphType<IdGraphType>>("definitionId").Description("`key:version` of the definition it runs on.").Resolve(c => c.Source.DefinitionId);
        Field(i => i.DefinitionKey);
        Field(i => i.DefinitionVersion);
        Field(i => i.BusinessKey, nullable: true).Description("What the instance is about, e.g. an application's id.");
        Field(i => i.IsTestRun).Description("Started by an administrator with `startWorkflowTestRun` to try the process.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startedAt").Resolve(c => WorkflowTime.Of(c.Source.StartedAt));
        Field<DateTimeOffsetGraphType>("endedAt").Resolve(c => WorkflowTime.Of(c.Source.EndedAt));
        Field<NonNullGraphType<IntGraphType>>("openIncidentCount").Resolve(c => c.Source.OpenIncidents);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowActiveElementType>>>>("activeElements")
            .Description("Where its tokens are; empty once it has ended.")
            .Resolve(c => WorkflowActiveElement.Of(c.Source.ActiveElements));
        Field<NonNullGraphType<StringGraphType>>("variables")
            .Description("The instance's variables as one JSON object.")
            .Resolve(c => c.Source.Variables.ToJsonString());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowHistoryEntryType>>>>("history")
            .Description("The audit trail, oldest first.")
            .ResolveAsync(async c => await c.Service<IWorkflowEngine>().GetHistoryAsync(c.Source.Id, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowIncidentType>>>>("incidents")
            .Description("Every incident of the instance, open and resolved, oldest first.")
            .ResolveAsync(async c => await c.Service<IWorkflowEngine>().GetIncidentsAsync(c.Source.Id, c.CancellationToken));
    }
}
