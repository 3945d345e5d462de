using System.Net;
using System.Text;
using Kyzmat.GraphQL.Tests.Applications;
using Kyzmat.Recruitment.Notifications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing;
using Kyzmat.Testing.Host;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Notifications;

/// <summary>«Telegram аркылуу эскертмелер» against a fake of the Bot API on a real socket.</summary>
public sealed class TelegramTests
{
    private const string Connect = "mutation { connectTelegram { url expiresAt } }";
    private const string Status = "{ me { telegram { available linked } } }";

    [Fact]
    public async Task Citizen_LinksAChatWithAOneTimeLink_GetsNotificationsThere_AndABlockedOrStoppedChatIsUnbound()
    {
        await using var telegram = await FakeTelegramBotApi.StartAsync();
        var settings = telegram.Settings();
        settings["Kyzmat:Notifications:PollingSeconds"] = "0.5";
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite, settings);
        await Notices.SpeaksAsync(competition, "ru");
        Assert.Equal((true, false), await StatusAsync(competition));

        var token = await ConnectAsync(competition);
        telegram.Type(555, "/start " + token);
        Assert.StartsWith("Kyzmat: уведомления в Telegram подключены", await telegram.NextMessageToAsync(555), StringComparison.Ordinal);
        Assert.Equal((true, true), await StatusAsync(competition));

        // The used link does nothing for anyone else.
        telegram.Type(777, "/start " + token);
        Assert.Contains("ссылка устарела или уже использована", await telegram.NextMessageToAsync(777), StringComparison.Ordinal);
        Assert.Equal(555, await competition.Host.QueryAsync(db => db.TelegramLinks.Select(l => l.ChatId).SingleAsync()));

        // A notification arrives in the chat, in the citizen's language.
        await Notices.PublishAsync(competition, await Notices.NurlanIdAsync(competition), "Сынак", "Проба", NotificationChannel.Telegram);
        Assert.StartsWith("<b>Проба</b>", await telegram.NextMessageToAsync(555), StringComparison.Ordinal);

        // The user blocks the bot: the next notification finds 403, the chat is unbound, the delivery is not retried.
        telegram.Block(555);
        var blocked = await Notices.PublishAsync(competition, await Notices.NurlanIdAsync(competition), "Сынак 2", "Проба 2", NotificationChannel.Telegram);
        await Notices.WaitUntilAsync(competition, db => db.NotificationDeliveries.AnyAsync(d => d.Id == blocked && d.State == DeliveryState.Skipped));
        Assert.Equal((true, false), await StatusAsync(competition));

        // An expired link is refused; /stop unbinds.
        var expired = await ConnectAsync(competition);
        await using (var db = competition.Host.NewDbContext())
        {
            var past = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.TelegramLinkTokens.Where(t => t.UsedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, past));
        }

        telegram.Type(556, "/start " + expired);
        Assert.Contains("ссылка устарела", await telegram.NextMessageToAsync(556), StringComparison.Ordinal);
        Assert.Equal((true, false), await StatusAsync(competition));
        telegram.Type(556, "/start " + await ConnectAsync(competition));
        await telegram.NextMessageToAsync(556);
        telegram.Type(556, "/stop");
        Assert.Equal("Kyzmat: уведомления в Telegram отключены.", await telegram.NextMessageToAsync(556));
        Assert.Equal((true, false), await StatusAsync(competition));
    }

    [Fact]
    public async Task Webhook_IsRegisteredWithItsSecret_AndAForgedCallIsRefused()
    {
        await using var telegram = await FakeTelegramBotApi.StartAsync();
        var settings = telegram.Settings();
        settings["Kyzmat:Telegram:Mode"] = "Webhook";
        settings["Kyzmat:Telegram:WebhookBaseUrl"] = "https://kyzmat.example.kg/";
        settings["Kyzmat:Telegram:WebhookSecret"] = "w3bh00k-s3cret";
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite, settings);
        await Eventually.WaitUntilAsync(() => telegram.Webhook.Url is not null, "the host has registered its webhook");

        Assert.Equal(("https://kyzmat.example.kg/api/telegram/webhook/w3bh00k-s3cret", "w3bh00k-s3cret"), telegram.Webhook);
        var token = await ConnectAsync(competition);
        var update = telegram.Update(555, "/start " + token).ToJsonString();

        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(competition, "w3bh00k-s3cret", "wrong", update));
        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(competition, "wrong", "w3bh00k-s3cret", update));
        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(competition, "w3bh00k-s3cret", null, update));
        Assert.Equal((true, false), await StatusAsync(competition));

        Assert.Equal(HttpStatusCode.OK, await PostAsync(competition, "w3bh00k-s3cret", "w3bh00k-s3cret", update));
        Assert.Equal((true, true), await StatusAsync(competition));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(competition, "w3bh00k-s3cret", "w3bh00k-s3cret", "{ not json"));
    }

    [Fact]
    public async Task WithoutABot_ConnectingSaysSoClearly()
    {
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite);
        Assert.Equal((false, false), await StatusAsync(competition));
        var refused = await competition.Nurlan.PostAsync(Connect, language: "ky");
        Assert.Equal("TELEGRAM_NOT_CONFIGURED", refused.FirstErrorCode);
        Assert.Equal("Telegram аркылуу эскертмелер бул порталда азырынча иштебейт.", refused.FirstError.GetProperty("message").GetString());
    }

    private static async Task<string> ConnectAsync(Competition competition)
    {
        var url = (await competition.Nurlan.QueryAsync(Connect)).GetProperty("connectTelegram").GetProperty("url").GetString()!;
        Assert.StartsWith($"https://t.me/{FakeTelegramBotApi.BotUserName}?start=", url, StringComparison.Ordinal);
        return url[(url.IndexOf("start=", StringComparison.Ordinal) + 6)..];
    }

    private static async Task<(bool Available, bool Linked)> StatusAsync(Competition competition)
    {
        var telegram = (await competition.Nurlan.QueryAsync(Status)).GetProperty("me").GetProperty("telegram");
        return (telegram.GetProperty("available").GetBoolean(), telegram.GetProperty("linked").GetBoolean());
    }

    private static async Task<HttpStatusCode> PostAsync(Competition competition, string pathSecret, string? headerSecret, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/telegram/webhook/" + pathSecret)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (headerSecret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", headerSecret);
        }

        using var response = await competition.Anonymous.Http.SendAsync(request);
        return response.StatusCode;
    }
}
