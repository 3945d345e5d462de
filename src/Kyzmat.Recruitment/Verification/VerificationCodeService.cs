using System.Security.Cryptography;
using System.Text;
using Kyzmat.Recruitment.Mail;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Verification;

/// <summary>
/// Sends 6-digit codes by e-mail and checks them: random, stored hashed, valid for a limited time, single use,
/// dead after too many wrong tries, and limited in how often they may be sent. Shared by sign-in and by
/// application signing (<see cref="VerificationPurpose"/>).
/// </summary>
public sealed class VerificationCodeService(KyzmatDbContext db, IMailQueue mail, TimeProvider clock, IOptions<VerificationOptions> options)
{
    private VerificationOptions Options => options.Value;

    // Compiled once per model: every sign-in and every signature asks both (decision 0011).
    private static readonly CompiledPerModel<Func<KyzmatDbContext, string, VerificationPurpose, DateTimeOffset, IAsyncEnumerable<DateTimeOffset>>> SentSince = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, string subject, VerificationPurpose purpose, DateTimeOffset since) => db.VerificationCodes.AsNoTracking()
            .Where(c => c.Subject == subject && c.Purpose == purpose && c.CreatedAt > since)
            .Select(c => c.CreatedAt)));

    private static readonly CompiledPerModel<Func<KyzmatDbContext, string, VerificationPurpose, CancellationToken, Task<VerificationCode?>>> Latest = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, string subject, VerificationPurpose purpose, CancellationToken _) => db.VerificationCodes.AsNoTracking()
            .Where(c => c.Subject == subject && c.Purpose == purpose)
            .OrderByDescending(c => c.CreatedAt)
            .FirstOrDefault()));

    /// <summary>Sends a new code to <paramref name="email"/> unless the resend limits refuse; older codes die.</summary>
    /// <remarks>
    /// The limits are checked and the new code stored under a lock on the subject and purpose (see
    /// <see cref="VerificationCodeLock"/>), so requests racing for a code are counted one after another: of N parallel
    /// requests, only as many as the limits allow send a code.
    /// </remarks>
    public async Task<CodeIssue> IssueAsync(
        VerificationPurpose purpose, string subject, string email, string language, CancellationToken cancellationToken = default)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await VerificationCodeLock.TakeAsync(db, subject, purpose, cancellationToken);
            var (issue, code) = await IssueLockedAsync(purpose, subject, email, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            if (code is not null)
            {
                mail.Enqueue(VerificationMail.Compose(email, code, purpose, language, Options.CodeLifetime));
            }

            return issue;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    private async Task<(CodeIssue Issue, string? Code)> IssueLockedAsync(
        VerificationPurpose purpose, string subject, string email, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hourAgo = now.AddHours(-1);
        var recent = await SentSince.For(db)(db, subject, purpose, hourAgo).ToListAsync(cancellationToken);
        if (recent.Count > 0 && recent.Max() + Options.ResendInterval > now)
        {
            return (new CodeIssue(CodeIssueStatus.TooSoon, recent.Max() + Options.ResendInterval), null);
        }

        if (recent.Count >= Options.MaxPerHour)
        {
            return (new CodeIssue(CodeIssueStatus.HourlyLimit, recent.OrderDescending().ElementAt(Options.MaxPerHour - 1).AddHours(1)), null);
        }

        await db.VerificationCodes
            .Where(c => c.Subject == subject && c.Purpose == purpose && c.Status == VerificationCodeStatus.Active)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, VerificationCodeStatus.Superseded).SetProperty(c => c.ClosedAt, now), cancellationToken);

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var salt = RandomNumberGenerator.GetBytes(16);
        db.VerificationCodes.Add(new VerificationCode
        {
            Purpose = purpose,
            Subject = subject,
            Destination = email,
            Salt = salt,
            Hash = HashOf(salt, code),
            CreatedAt = now,
            ExpiresAt = now + Options.CodeLifetime,
            Status = VerificationCodeStatus.Active,
        });
        await db.SaveChangesAsync(cancellationToken);
        return (new CodeIssue(CodeIssueStatus.Sent), code);
    }

    /// <summary>Checks a typed code against the latest code sent for the subject and purpose; a right one is used up.</summary>
    public async Task<CodeCheck> CheckAsync(VerificationPurpose purpose, string subject, string typed, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var latest = await Latest.For(db)(db, subject, purpose, cancellationToken);
        switch (latest?.Status)
        {
            case null or VerificationCodeStatus.Superseded:
                return new CodeCheck(CodeCheckStatus.NoCode);
            case VerificationCodeStatus.Used:
                return new CodeCheck(CodeCheckStatus.Used);
            case VerificationCodeStatus.Exhausted:
                return new CodeCheck(CodeCheckStatus.Exhausted);
        }

        if (latest.ExpiresAt <= now)
        {
            return new CodeCheck(CodeCheckStatus.Expired);
        }

        // The attempt is counted before the comparison, in one conditional update: of N parallel guesses each takes
        // one of the code's attempts or none, so at most MaxAttempts are ever compared, however many race.
        var id = latest.Id;
        var max = Options.MaxAttempts;
        var taken = await db.VerificationCodes
            .Where(c => c.Id == id && c.Status == VerificationCodeStatus.Active && c.FailedAttempts < max)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.FailedAttempts, c => c.FailedAttempts + 1), cancellationToken);
        if (taken == 0)
        {
            return await RefusedAsync(id, now, cancellationToken);
        }

        var normalized = new string((typed ?? "").Where(char.IsAsciiDigit).ToArray());
        if (normalized.Length == 6 && CryptographicOperations.FixedTimeEquals(HashOf(latest.Salt, normalized), latest.Hash))
        {
            // Conditional update: of two requests racing with the same code, only one gets it. A right code is no
            // failure: the attempt it took is given back.
            var used = await db.VerificationCodes
                .Where(c => c.Id == id && c.Status == VerificationCodeStatus.Active)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(c => c.Status, VerificationCodeStatus.Used)
                        .SetProperty(c => c.ClosedAt, now)
                        .SetProperty(c => c.FailedAttempts, c => c.FailedAttempts - 1),
                    cancellationToken);
            return used == 1 ? new CodeCheck(CodeCheckStatus.Accepted, CodeId: id) : await RefusedAsync(id, now, cancellationToken);
        }

        var failed = await db.VerificationCodes.AsNoTracking().Where(c => c.Id == id).Select(c => c.FailedAttempts).SingleAsync(cancellationToken);
        if (failed >= max)
        {
            await ExhaustAsync(id, now, cancellationToken);
            return new CodeCheck(CodeCheckStatus.Exhausted);
        }

        return new CodeCheck(CodeCheckStatus.Wrong, max - failed);
    }

    /// <summary>Why a code took no attempt: used, superseded, or its attempts are all taken (then it dies).</summary>
    private async Task<CodeCheck> RefusedAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var status = await db.VerificationCodes.AsNoTracking().Where(c => c.Id == id).Select(c => c.Status).SingleAsync(cancellationToken);
        switch (status)
        {
            case VerificationCodeStatus.Used:
                return new CodeCheck(CodeCheckStatus.Used);
            case VerificationCodeStatus.Superseded:
                return new CodeCheck(CodeCheckStatus.NoCode);
            case VerificationCodeStatus.Active:
                await ExhaustAsync(id, now, cancellationToken);
                break;
        }

        return new CodeCheck(CodeCheckStatus.Exhausted);
    }

    private Task<int> ExhaustAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var max = Options.MaxAttempts;
        return db.VerificationCodes
            .Where(c => c.Id == id && c.Status == VerificationCodeStatus.Active && c.FailedAttempts >= max)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, VerificationCodeStatus.Exhausted).SetProperty(c => c.ClosedAt, now), cancellationToken);
    }

    /// <summary>
    /// Gives an accepted code back when what it was to confirm could not be done (e.g. the signature service was down),
    /// so that the citizen can type it again while it lasts.
    /// </summary>
    public async Task ReleaseAsync(Guid codeId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await db.VerificationCodes
            .Where(c => c.Id == codeId && c.Status == VerificationCodeStatus.Used && c.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, VerificationCodeStatus.Active).SetProperty(c => c.ClosedAt, (DateTimeOffset?)null), cancellationToken);
    }

    private static byte[] HashOf(byte[] salt, string code) => HMACSHA256.HashData(salt, Encoding.ASCII.GetBytes(code));
}
