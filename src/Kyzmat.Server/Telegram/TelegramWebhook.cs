using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kyzmat.Recruitment.TelegramAlerts;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Kyzmat.Server.Telegram;

/// <summary>
/// Where Telegram posts the bot's updates in webhook mode: the secret must be both in the path and in the
/// X-Telegram-Bot-Api-Secret-Token header (Telegram sends the secret token given to setWebhook), else 404.
/// </summary>
internal static class TelegramWebhook
{
    private const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    private const long MaxUpdateBytes = 1024 * 1024;

    public static void MapTelegramWebhook(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (settings is { Enabled: true, Mode: TelegramUpdateMode.Webhook })
        {
            app.MapPost("/" + TelegramOptions.WebhookPath + "{secret}", ReceiveAsync).DisableAntiforgery();
        }
    }

    private static async Task<IResult> ReceiveAsync(
        string secret, HttpContext http, IOptions<TelegramOptions> options, TelegramUpdates updates, ILogger<TelegramUpdates> logger)
    {
        var expected = options.Value.WebhookSecret ?? "";
        if (!SameSecret(secret, expected) || !SameSecret(http.Request.Headers[SecretHeader].ToString(), expected))
        {
            return Results.NotFound();
        }

        if (http.Request.ContentLength > MaxUpdateBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options, http.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (update is not null)
        {
            try
            {
                await updates.HandleAsync(update, http.RequestAborted);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Telegram would post the update again: a /start done once would then answer "link used".
                logger.LogWarning(ex, "A Telegram update could not be handled");
            }
        }

        return Results.Ok();
    }

    private static bool SameSecret(string given, string expected) =>
        expected.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
