using GraphQL.Types;
using Kyzmat.GraphQL.Workflows;
using Kyzmat.Recruitment.Notifications;

namespace Kyzmat.GraphQL.Notifications;

/// <summary>A notification on one outside channel, as administrators see it (no message text: only what went wrong).</summary>
public sealed class NotificationDeliveryType : ObjectGraphType<NotificationDelivery>
{
    public NotificationDeliveryType()
    {
        Name = "NotificationDelivery";
        this.AdminOnly();
        Field(d => d.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(d => d.Channel, type: typeof(NonNullGraphType<EnumerationGraphType<NotificationChannel>>));
        Field(d => d.State, type: typeof(NonNullGraphType<EnumerationGraphType<DeliveryState>>));
        Field(d => d.Attempts);
        Field(d => d.LastError, nullable: true);
        Field<NonNullGraphType<EnumerationGraphType<NotificationKind>>>("kind").Resolve(c => c.Source.Notification!.Kind);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.Notification!.CreatedAt);
    }
}
