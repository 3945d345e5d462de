using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.Recruitment.Applications;

namespace Kyzmat.GraphQL.Applications;

public sealed class ApplicationStepType : ObjectGraphType<ApplicationStep>
{
    public ApplicationStepType()
    {
        Name = "ApplicationStep";
        Description = "A step an administrator added to the application's process (a user task with no kyzmat:* form key), as the application reached it.";
        Field<NonNullGraphType<LocalizedTextType>>("name")
            .Description("The task's name in Kyrgyz, Russian and English (its kyzmat:name.<language> properties; else its BPMN name).")
            .Resolve(c => c.Source.Name);
        Field(s => s.ReachedAt);
        Field(s => s.CompletedAt, nullable: true).Description("Null while the step is open.");
    }
}
