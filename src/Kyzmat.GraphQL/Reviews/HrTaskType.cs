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
        Description = "An open step of a competition for the state body's HR reviewers (a user task of the application-lifecycle process).";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(t => t.Name);
        Field(t => t.Stage, nullable: true).Description("The step's form: kyzmat:document-review, kyzmat:test-result, kyzmat:interview-decision, …");
        Field(t => t.ClaimedBy, type: typeof(IdGraphType)).Description("The reviewer who took the task, if any.");
        Field(t => t.CreatedAt);
        Field(t => t.DueAt, nullable: true);
        Field(t => t.IsOverdue);
        Field<NonNullGraphType<ApplicationType>>("application").Resolve(c => c.Source.Application);
        Field<Forms.TaskFormType>("form")
            .Description("The Camunda form the task keeps, when its step links one (`zeebe:formDefinition formId`); null for the built-in steps.")
            .ResolveAsync(async c => await c.Service<HrTaskForms>().FormOfAsync(c.Source.Id, c.CancellationToken));
    }
}
