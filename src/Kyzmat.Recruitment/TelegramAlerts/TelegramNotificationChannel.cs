using System.Globalization;
using System.Net;
using Kyzmat.Recruitment.Notifications;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace Kyzmat.Recruitment.TelegramAlerts;

/// <summary>Notifications in the citizen's linked chat; a chat that blocked the bot is unbound and not retried.</summary>
public sealed class TelegramNotificationChannel(ITelegramBotClient bot, TelegramLinking linking, IOptions<Notifications.NotificationOptions> options) : INotificationChannel
{
    public NotificationChannel Channel => NotificationChannel.Telegram;

    public async Task<string?> AddressOfAsync(Guid citizenId, CancellationToken cancellationToken) =>
        (await linking.LinkOfAsync(citizenId, cancellationToken))?.ChatId.ToString(CultureInfo.InvariantCulture);

    public async Task SendAsync(Notification notification, string address, string language, CancellationToken cancellationToken)
    {
        var chatId = long.Parse(address, CultureInfo.InvariantCulture);
        var link = notification.Link is null ? "" : "\n" + WebUtility.HtmlEncode(new Uri(options.Value.PortalUrl, notification.Link.TrimStart('/')).AbsoluteUri);
        var text = $"<b>{WebUtility.HtmlEncode(notification.Title.In(language))}</b>\n{WebUtility.HtmlEncode(notification.Body.In(language))}{link}";
        try
        {
            await bot.SendMessage(chatId, text, ParseMode.Html, cancellationToken: cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 403)
        {
            await linking.UnbindChatAsync(chatId, CancellationToken.None);
            throw new RecipientGoneException("The chat blocked the bot; it is unbound.", ex);
        }
    }
}
