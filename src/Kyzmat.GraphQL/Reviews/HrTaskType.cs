using GraphQL.Types;
using Kyzmat.GraphQL.Applications;
using Kyzmat.Recruitment.Applications;
using Kyzmat.GraphQL.Common;

namespace Kyzmat.GraphQL.Reviews;

public sealed class HrTaskType : ObjectGraphType<HrTask>
{
    public HrTaskType()
    {
        Name = "HrTask";
        Description = "An open user task about an application that the caller may act on: offered to their state body's reviewers, to them by PIN, or assigned to them.";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<StringGraphType>>("name")
            .Description("The task's name in the request's language: its kyzmat:name.<language> property, else its BPMN name.")
            .ResolveAsync(async c => (await c.Service<ApplicationSteps>().NameOfAsync(c.Source, c.CancellationToken)).In(c.Language()));
        Field(t => t.Stage, nullable: true).Description("The step's form: kyzmat:document-review, kyzmat:test-result, kyzmat:interview-decision, …");
        Field(t => t.ClaimedBy, type: typeof(IdGraphType)).Description("Whom the task is assigned to (a citizen's id, or a PIN a diagram names), if anyone.");
        Field(t => t.ProcessKey).Description("The BPMN process id of the task's process.");
        Field(t => t.Priority).Description("zeebe:priorityDefinition, 0 to 100 (50 when the diagram sets none).");
        Field(t => t.CreatedAt);
        Field(t => t.DueAt, nullable: true);
        Field(t => t.FollowUpAt, nullable: true).Description("zeebe:taskSchedule followUpDate: when to look at the task again.");
        Field(t => t.IsOverdue);
        Field(t => t.CanAssign).Description("Whether the caller may assign the task to a colleague or take it from its assignee (a lead reviewer of its body, an administrator).");
        Field<NonNullGraphType<ApplicationType>>("application").Resolve(c => c.Source.Application);
        Field<Forms.TaskFormType>("form")
            .Description("The Camunda form the task keeps, when its step links one (`zeebe:formDefinition formId`); null for the built-in steps.")
            .ResolveAsync(async c => await c.Service<HrTaskForms>().FormOfAsync(c.Source.Id, c.CancellationToken));
    }
}
