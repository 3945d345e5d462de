using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.Recruitment.Notifications;

namespace Kyzmat.GraphQL.Notifications;

public sealed class NotificationType : ObjectGraphType<Notification>
{
    public NotificationType()
    {
        Name = "Notification";
        Description = "One of «Билдирмелер».";
        Field(n => n.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(n => n.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<NotificationKind>>));
        Field<NonNullGraphType<LocalizedTextType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<LocalizedTextType>>("body").Resolve(c => c.Source.Body);
        Field(n => n.Link, nullable: true).Description("The portal path of what it is about.");
        Field(n => n.CreatedAt);
        Field(n => n.ReadAt, nullable: true);
    }
}
