using System.Security.Cryptography;
using System.Text;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.TelegramAlerts;

/// <summary>
/// Binding a citizen's Telegram chat: a one-time deep link from the cabinet, <c>/start &lt;token&gt;</c> in the chat,
/// <c>/stop</c> or "disconnect" to unbind. A token works once, for <see cref="TelegramOptions.LinkMinutes"/>.
/// </summary>
public sealed class TelegramLinking(KyzmatDbContext db, IOptions<TelegramOptions> options, TimeProvider clock)
{
    public async Task<(Uri Url, DateTimeOffset ExpiresAt)> CreateLinkAsync(Guid citizenId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || string.IsNullOrWhiteSpace(settings.BotUserName))
        {
            throw new UserInputException(UserErrorCodes.TelegramNotConfigured);
        }

        var now = clock.GetUtcNow();
        // A new link makes the citizen's earlier unused ones worthless.
        await db.TelegramLinkTokens.Where(t => t.CitizenId == citizenId && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken);
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var expiresAt = now.AddMinutes(settings.LinkMinutes);
        db.TelegramLinkTokens.Add(new TelegramLinkToken { CitizenId = citizenId, TokenHash = Hash(token), ExpiresAt = expiresAt });
        await db.SaveChangesAsync(cancellationToken);
        return (new Uri($"https://t.me/{settings.BotUserName}?start={token}"), expiresAt);
    }

    /// <summary><c>/start &lt;token&gt;</c>: binds the chat to the token's citizen; the citizen's language, or null when refused.</summary>
    public async Task<string?> BindAsync(long chatId, string token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = Hash(token);
        var row = await db.TelegramLinkTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (row is null || row.UsedAt is not null || row.ExpiresAt <= now)
        {
            return null;
        }

        // Conditional: of two /start messages with the same token, one binds.
        var taken = await db.TelegramLinkTokens.Where(t => t.Id == row.Id && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (taken == 0)
        {
            return null;
        }

        await db.TelegramLinks.Where(l => l.ChatId == chatId && l.CitizenId != row.CitizenId).ExecuteDeleteAsync(cancellationToken);
        var link = await db.TelegramLinks.SingleOrDefaultAsync(l => l.CitizenId == row.CitizenId, cancellationToken);
        if (link is null)
        {
            db.TelegramLinks.Add(new TelegramLink { CitizenId = row.CitizenId, ChatId = chatId, LinkedAt = now });
        }
        else
        {
            link.ChatId = chatId;
            link.LinkedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await LanguageOfAsync(row.CitizenId, cancellationToken);
    }

    /// <summary><c>/stop</c>, or the chat blocked the bot: unbinds; the citizen's language, or null when the chat was not bound.</summary>
    public async Task<string?> UnbindChatAsync(long chatId, CancellationToken cancellationToken)
    {
        var citizenId = await db.TelegramLinks.Where(l => l.ChatId == chatId).Select(l => (Guid?)l.CitizenId).SingleOrDefaultAsync(cancellationToken);
        if (citizenId is null)
        {
            return null;
        }

        await db.TelegramLinks.Where(l => l.ChatId == chatId).ExecuteDeleteAsync(cancellationToken);
        return await LanguageOfAsync(citizenId.Value, cancellationToken);
    }

    /// <summary>"Disconnect" in the cabinet; true when a chat was bound.</summary>
    public async Task<bool> UnbindCitizenAsync(Guid citizenId, CancellationToken cancellationToken) =>
        await db.TelegramLinks.Where(l => l.CitizenId == citizenId).ExecuteDeleteAsync(cancellationToken) > 0;

    public Task<TelegramLink?> LinkOfAsync(Guid citizenId, CancellationToken cancellationToken) =>
        db.TelegramLinks.AsNoTracking().SingleOrDefaultAsync(l => l.CitizenId == citizenId, cancellationToken);

    private Task<string> LanguageOfAsync(Guid citizenId, CancellationToken cancellationToken) =>
        db.Citizens.AsNoTracking().Where(c => c.Id == citizenId).Select(c => c.PreferredLanguage).SingleAsync(cancellationToken);

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
