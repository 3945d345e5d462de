using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Authorization;
using Kyzmat.GraphQL.Common;
using Kyzmat.GraphQL.Paging;
using Kyzmat.GraphQL.Profiles;
using Kyzmat.GraphQL.Workflows;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Notifications;

namespace Kyzmat.GraphQL.Notifications;

/// <summary>«Билдирмелер» in the cabinet: the list, the unread count, marking read, and the channel choices.</summary>
internal static class NotificationFields
{
    public static void AddTo(ObjectGraphType<Viewer> viewer)
    {
        viewer.Field<NonNullGraphType<ConnectionType<NotificationType, Notification>>>("notifications")
            .Description("Newest first; keyset-paged.")
            .Argument<BooleanGraphType>("unreadOnly", a => a.DefaultValue = false)
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument("first", 20);
                if (first is < 0 or > NotificationInbox.MaxPageSize)
                {
                    throw new UserInputException(UserErrorCodes.PageSizeTooLarge, NotificationInbox.MaxPageSize);
                }

                var after = c.GetArgument<string?>("after");
                var (items, hasNext, total) = await c.Service<NotificationInbox>().PageAsync(
                    c.Source.CitizenId, c.GetArgument("unreadOnly", false), first, after, c.CancellationToken);
                return Connection<Notification>.Of([.. items.Select(n => (n, NotificationInbox.CursorOf(n)))], hasNext, after is not null, total);
            });
        viewer.Field<NonNullGraphType<IntGraphType>>("unreadNotificationCount")
            .ResolveAsync(async c => await c.Service<NotificationInbox>().UnreadCountAsync(c.Source.CitizenId, c.CancellationToken));
        viewer.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationPreferenceType>>>>("notificationPreferences")
            .Description("Every kind on every channel, with the citizen's choice or the default.")
            .ResolveAsync(async c => await c.Service<NotificationInbox>().PreferencesAsync(c.Source.CitizenId, c.CancellationToken));
    }

    /// <summary>Administrators: deliveries that gave up.</summary>
    public static void AddAdminQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationDeliveryType>>>>("failedNotificationDeliveries")
            .Description($"Deliveries that gave up, newest first (at most {FailedDeliveries.MaxPageSize}).")
            .AdminOnly()
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .ResolveAsync(async c => await c.Service<FailedDeliveries>().ListAsync(c.GetArgument("first", 50), c.CancellationToken));

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<NotificationDeliveryType>>("retryNotificationDelivery")
            .Description("Administrators: sends a failed delivery again, with fresh attempts.")
            .AdminOnly()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<FailedDeliveries>().RetryAsync(c.GetArgument<Guid>("id"), c.CancellationToken));

        mutation.Field<NonNullGraphType<NotificationType>>("markNotificationRead")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<NotificationInbox>().MarkReadAsync(c.CitizenId(), c.GetArgument<Guid>("id"), c.CancellationToken));
        mutation.Field<NonNullGraphType<IntGraphType>>("markAllNotificationsRead")
            .Description("Returns how many were unread.")
            .Authorize()
            .ResolveAsync(async c => await c.Service<NotificationInbox>().MarkAllReadAsync(c.CitizenId(), c.CancellationToken));
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationPreferenceType>>>>("setNotificationPreference")
            .Description("Turns a kind on or off on a channel; answers every choice.")
            .Authorize()
            .Argument<NonNullGraphType<EnumerationGraphType<NotificationKind>>>("kind")
            .Argument<NonNullGraphType<EnumerationGraphType<NotificationChannel>>>("channel")
            .Argument<NonNullGraphType<BooleanGraphType>>("enabled")
            .ResolveAsync(async c => await c.Service<NotificationInbox>().SetPreferenceAsync(
                c.CitizenId(), c.GetArgument<NotificationKind>("kind"), c.GetArgument<NotificationChannel>("channel"), c.GetArgument<bool>("enabled"), c.CancellationToken));
    }
}
