using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Authorization;
using Kyzmat.GraphQL.Common;
using Kyzmat.GraphQL.Profiles;
using Kyzmat.Recruitment.TelegramAlerts;
using Microsoft.Extensions.Options;

namespace Kyzmat.GraphQL.Notifications;

/// <summary>«Telegram аркылуу эскертмелер»: whether a chat is linked, a one-time "connect" link, and disconnecting.</summary>
internal static class TelegramFields
{
    public static void AddTo(ObjectGraphType<Viewer> viewer) =>
        viewer.Field<NonNullGraphType<TelegramStatusType>>("telegram")
            .ResolveAsync(async c => new TelegramStatus(
                c.Service<IOptions<TelegramOptions>>().Value.Enabled,
                (await c.Service<TelegramLinking>().LinkOfAsync(c.Source.CitizenId, c.CancellationToken))?.LinkedAt));

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<TelegramConnectLinkType>>("connectTelegram")
            .Description("A one-time deep link to the bot (valid 15 minutes); opening it and pressing Start links the chat.")
            .Authorize()
            .ResolveAsync(async c =>
            {
                var (url, expiresAt) = await c.Service<TelegramLinking>().CreateLinkAsync(c.CitizenId(), c.CancellationToken);
                return new TelegramConnectLink(url, expiresAt);
            });
        mutation.Field<NonNullGraphType<BooleanGraphType>>("disconnectTelegram")
            .Description("Unlinks the chat; false when none was linked.")
            .Authorize()
            .ResolveAsync(async c => await c.Service<TelegramLinking>().UnbindCitizenAsync(c.CitizenId(), c.CancellationToken));
    }
}

public sealed record TelegramStatus(bool Available, DateTimeOffset? LinkedAt);

public sealed record TelegramConnectLink(Uri Url, DateTimeOffset ExpiresAt);

public sealed class TelegramStatusType : ObjectGraphType<TelegramStatus>
{
    public TelegramStatusType()
    {
        Name = "TelegramStatus";
        Field(s => s.Available).Description("Whether this portal has a Telegram bot.");
        Field<NonNullGraphType<BooleanGraphType>>("linked").Resolve(c => c.Source.LinkedAt is not null);
        Field(s => s.LinkedAt, nullable: true);
    }
}

public sealed class TelegramConnectLinkType : ObjectGraphType<TelegramConnectLink>
{
    public TelegramConnectLinkType()
    {
        Name = "TelegramConnectLink";
        Field<NonNullGraphType<StringGraphType>>("url").Resolve(c => c.Source.Url.AbsoluteUri);
        Field(l => l.ExpiresAt);
    }
}
