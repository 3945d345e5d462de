using GraphQL.Types;
using Kyzmat.Workflows.Runtime;

namespace Kyzmat.GraphQL.Workflows;

public sealed class WorkflowIncidentType : ObjectGraphType<IncidentInfo>
{
    public WorkflowIncidentType()
    {
        Name = "WorkflowIncident";
        Description = "A problem that stopped a token (a failed job, a condition that is not a boolean, a loop) until someone retries it.";
        this.AdminOnly();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("instanceId").Resolve(c => c.Source.InstanceId);
        Field<StringGraphType>("calledFrom")
            .Description("Set on an instance's list for an incident of an instance it called (directly or further down): the call activity "
                + "it happened under. `instanceId` is then the called instance's.")
            .Resolve(c => c.Source.CalledFrom);
        Field(i => i.ElementId);
        Field(i => i.Code).Description("E.g. `JOB_FAILED`, `CONDITION_NOT_BOOLEAN`, `LOOP_DETECTED`.");
        Field(i => i.Message).Description("The engine's explanation (English).");
        Field<NonNullGraphType<WorkflowIncidentStateType>>("state").Resolve(c => c.Source.State);
        Field<IdGraphType>("jobId").Description("The failed job, for `JOB_FAILED`.").Resolve(c => c.Source.JobId);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => WorkflowTime.Of(c.Source.CreatedAt));
        Field<DateTimeOffsetGraphType>("resolvedAt").Resolve(c => WorkflowTime.Of(c.Source.ResolvedAt));
    }
}
