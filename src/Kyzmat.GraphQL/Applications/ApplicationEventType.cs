using GraphQL.Types;
using Kyzmat.Recruitment.Applications;

namespace Kyzmat.GraphQL.Applications;

public sealed class ApplicationEventType : ObjectGraphType<ApplicationEvent>
{
    public ApplicationEventType()
    {
        Name = "ApplicationEvent";
        Description = "A step of an application's timeline.";
        Field(e => e.Status, type: typeof(NonNullGraphType<EnumerationGraphType<ApplicationStatus>>));
        Field(e => e.At);
        Field(e => e.Actor).Description("citizen, hr or system.");
        Field(e => e.Reason, nullable: true);
        Field(e => e.Score, nullable: true);
    }
}
