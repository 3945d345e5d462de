using GraphQL.Types;
using Kyzmat.Recruitment.Notifications;

namespace Kyzmat.GraphQL.Notifications;

public sealed class NotificationPreferenceType : ObjectGraphType<NotificationPreference>
{
    public NotificationPreferenceType()
    {
        Name = "NotificationPreference";
        Description = "Whether notifications of a kind come on a channel. Sign-in codes always come by e-mail and are not listed.";
        Field(p => p.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<NotificationKind>>));
        Field(p => p.Channel, type: typeof(NonNullGraphType<EnumerationGraphType<NotificationChannel>>));
        Field(p => p.Enabled);
    }
}
