using Telegram.Bot;
using Telegram.Bot.Types;

namespace Kyzmat.Recruitment.TelegramAlerts;

/// <summary>What the bot does with a message from a chat: <c>/start &lt;token&gt;</c> binds, <c>/stop</c> unbinds.</summary>
public sealed class TelegramUpdates(ITelegramBotClient bot, TelegramLinking linking)
{
    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        if (update.Message is not { Text: { } text, Chat.Id: var chatId })
        {
            return;
        }

        var parts = text.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        var command = parts.Length == 0 ? "" : parts[0].Split('@')[0];
        string reply;
        switch (command)
        {
            case "/start" when parts.Length == 2:
                var language = await linking.BindAsync(chatId, parts[1].Trim(), cancellationToken);
                reply = language is null ? TelegramTexts.LinkInvalid : TelegramTexts.Connected.In(language);
                break;
            case "/stop":
                var stoppedLanguage = await linking.UnbindChatAsync(chatId, cancellationToken);
                reply = TelegramTexts.Stopped.In(stoppedLanguage);
                break;
            default:
                reply = TelegramTexts.Hello;
                break;
        }

        await bot.SendMessage(chatId, reply, cancellationToken: cancellationToken);
    }
}
