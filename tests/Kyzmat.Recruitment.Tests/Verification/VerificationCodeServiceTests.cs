using Kyzmat.Recruitment.Mail;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Tests.Persistence;
using Kyzmat.Recruitment.Verification;
using Kyzmat.Testing.Mail;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Kyzmat.Recruitment.Tests.Verification;

public sealed class VerificationCodeServiceTests
{
    private const string Subject = "citizen-1";
    private const string Email = "aigul@demo.kyzmat.test";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
    private readonly CapturingQueue _mail = new();

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Check_CodeFromMail_IsAcceptedOnceAndStoredOnlyHashed(DatabaseProvider provider)
    {
        await using var database = await OpenAsync(provider);
        await using var db = database.NewContext();
        var codes = Service(db);

        var issue = await codes.IssueAsync(VerificationPurpose.SignIn, Subject, Email, "ky");
        var code = _mail.LastCode();

        Assert.True(issue.Sent);
        Assert.Equal(Email, _mail.Sent[^1].To);
        Assert.Contains("Текшерүү коду", _mail.Sent[^1].TextBody, StringComparison.Ordinal);
        var stored = await db.VerificationCodes.AsNoTracking().SingleAsync();
        Assert.DoesNotContain(code, Convert.ToHexString(stored.Hash) + Convert.ToBase64String(stored.Hash), StringComparison.Ordinal);
        Assert.Equal(CodeCheckStatus.NoCode, (await codes.CheckAsync(VerificationPurpose.ConfirmEmail, Subject, code)).Status);
        Assert.Equal(CodeCheckStatus.Accepted, (await codes.CheckAsync(VerificationPurpose.SignIn, Subject, code)).Status);
        Assert.Equal(CodeCheckStatus.Used, (await codes.CheckAsync(VerificationPurpose.SignIn, Subject, code)).Status);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Check_AfterTenMinutes_IsExpired(DatabaseProvider provider)
    {
        await using var database = await OpenAsync(provider);
        await using var db = database.NewContext();
        var codes = Service(db);
        await codes.IssueAsync(VerificationPurpose.SignIn, Subject, Email, "en");
        var code = _mail.LastCode();

        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(CodeCheckStatus.Expired, (await codes.CheckAsync(VerificationPurpose.SignIn, Subject, code)).Status);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Check_SixthTryAfterFiveWrongCodes_IsRefusedEvenWhenRight(DatabaseProvider provider)
    {
        await using var database = await OpenAsync(provider);
        await using var db = database.NewContext();
        var codes = Service(db);
        await codes.IssueAsync(VerificationPurpose.SignIn, Subject, Email, "ru");
        var code = _mail.LastCode();
        var wrong = code == "000000" ? "111111" : "000000";

        var results = new List<CodeCheck>();
        for (var i = 0; i < 5; i++)
        {
            results.Add(await codes.CheckAsync(VerificationPurpose.SignIn, Subject, wrong));
        }

        Assert.Equal([4, 3, 2, 1], results.Take(4).Select(r => r.RemainingAttempts));
        Assert.All(results.Take(4), r => Assert.Equal(CodeCheckStatus.Wrong, r.Status));
        Assert.Equal(CodeCheckStatus.Exhausted, results[4].Status);
        Assert.Equal(CodeCheckStatus.Exhausted, (await codes.CheckAsync(VerificationPurpose.SignIn, Subject, code)).Status);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite, 200)]
    [InlineData(DatabaseProvider.PostgreSql, 200)]
    public async Task Check_ManyWrongCodesInParallel_AtMostTheLimitAreComparedThenTheRightCodeIsRefused(DatabaseProvider provider, int guesses)
    {
        await using var database = await OpenAsync(provider);
        await using (var db = database.NewContext())
        {
            await Service(db).IssueAsync(VerificationPurpose.SignIn, Subject, Email, "en");
        }

        var code = _mail.LastCode();
        var wrong = code == "000000" ? "111111" : "000000";
        using var start = new ManualResetEventSlim();
        var guessing = Task.WhenAll(Enumerable.Range(0, guesses).Select(_ => Task.Run(async () =>
        {
            await using var db = database.NewContext();
            start.Wait();
            return await Service(db).CheckAsync(VerificationPurpose.SignIn, Subject, wrong);
        })));
        start.Set();
        var results = await guessing;

        await using var check = database.NewContext();
        var stored = await check.VerificationCodes.AsNoTracking().SingleAsync();
        var limit = new VerificationOptions().MaxAttempts;
        Assert.Equal(limit, stored.FailedAttempts);
        Assert.Equal(VerificationCodeStatus.Exhausted, stored.Status);
        Assert.True(results.Count(r => r.Status == CodeCheckStatus.Wrong) <= limit - 1, string.Join(", ", results.GroupBy(r => r.Status).Select(g => g.Key + ": " + g.Count())));
        Assert.All(results, r => Assert.Contains(r.Status, new[] { CodeCheckStatus.Wrong, CodeCheckStatus.Exhausted }));
        Assert.Equal(CodeCheckStatus.Exhausted, (await Service(check).CheckAsync(VerificationPurpose.SignIn, Subject, code)).Status);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Issue_ManyRequestsInParallel_SendsOneCode(DatabaseProvider provider)
    {
        await using var database = await OpenAsync(provider);
        var mail = new ConcurrentQueueOfMail();
        using var start = new ManualResetEventSlim();
        var issues = Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            await using var db = database.NewContext();
            start.Wait();
            return await new VerificationCodeService(db, mail, _clock, Options.Create(new VerificationOptions()))
                .IssueAsync(VerificationPurpose.SignIn, Subject, Email, "ky");
        })));
        start.Set();
        var results = await issues;

        await using var check = database.NewContext();
        Assert.Equal(1, results.Count(r => r.Sent));
        Assert.Equal(1, mail.Count);
        Assert.Equal(1, await check.VerificationCodes.CountAsync());
    }

    [Fact]
    public async Task Issue_AgainWithinSixtySeconds_IsRefusedWithRetryTime()
    {
        await using var database = await OpenAsync(DatabaseProvider.Sqlite);
        await using var db = database.NewContext();
        var codes = Service(db);
        await codes.IssueAsync(VerificationPurpose.SignIn, Subject, Email, "ky");
        _clock.Advance(TimeSpan.FromSeconds(30));

        var refused = await codes.IssueAsync(VerificationPurpose.SignIn, Subject, Email, "ky");
        _clock.Advance(TimeSpan.FromSeconds(30));
        var allowed = await codes.IssueAsync(VerificationPurpose.SignIn, Subject, Email, "ky");

        Assert.Equal(CodeIssueStatus.TooSoon, refused.Status);
        Assert.Equal(_clock.GetUtcNow(), refused.RetryAt);
        Assert.True(allowed.Sent);
        Assert.Equal(2, _mail.Sent.Count);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Issue_SixthInAnHour_IsRefusedUntilTheFirstIsAnHourOld(DatabaseProvider provider)
    {
        await using var database = await OpenAsync(provider);
        await using var db = database.NewContext();
        var codes = Service(db);
        var first = _clock.GetUtcNow();
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await codes.IssueAsync(VerificationPurpose.SignIn, Subject, Email, "ky")).Sent);
            _clock.Advance(TimeSpan.FromMinutes(2));
        }

        var refused = await codes.IssueAsync(VerificationPurpose.SignIn, Subject, Email, "ky");
        _clock.SetUtcNow(first.AddHours(1).AddSeconds(1));
        var allowed = await codes.IssueAsync(VerificationPurpose.SignIn, Subject, Email, "ky");

        Assert.Equal(CodeIssueStatus.HourlyLimit, refused.Status);
        Assert.Equal(first.AddHours(1), refused.RetryAt);
        Assert.True(allowed.Sent);
    }

    [Fact]
    public async Task Check_OlderCodeAfterResend_IsNoLongerAccepted()
    {
        await using var database = await OpenAsync(DatabaseProvider.Sqlite);
        await using var db = database.NewContext();
        var codes = Service(db);
        await codes.IssueAsync(VerificationPurpose.SignIn, Subject, Email, "ky");
        var older = _mail.LastCode();
        _clock.Advance(TimeSpan.FromSeconds(61));
        await codes.IssueAsync(VerificationPurpose.SignIn, Subject, Email, "ky");
        var newer = _mail.LastCode();

        var withOlder = await codes.CheckAsync(VerificationPurpose.SignIn, Subject, older);

        Assert.Equal(older == newer ? CodeCheckStatus.Accepted : CodeCheckStatus.Wrong, withOlder.Status);
        Assert.Equal(2, await db.VerificationCodes.CountAsync());
        Assert.Equal(1, await db.VerificationCodes.CountAsync(c => c.Status == VerificationCodeStatus.Superseded));
    }

    private VerificationCodeService Service(KyzmatDbContext db) =>
        new(db, _mail, _clock, Options.Create(new VerificationOptions()));

    private static async Task<TestDatabases.OpenDatabase> OpenAsync(DatabaseProvider provider)
    {
        var database = await TestDatabases.OpenAsync(provider);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    private sealed class ConcurrentQueueOfMail : IMailQueue
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<OutgoingMail> _sent = new();

        public int Count => _sent.Count;

        public void Enqueue(OutgoingMail mail) => _sent.Enqueue(mail);
    }

    private sealed class CapturingQueue : IMailQueue
    {
        public List<OutgoingMail> Sent { get; } = [];

        public void Enqueue(OutgoingMail mail) => Sent.Add(mail);

        public string LastCode() => TestSmtpServer.CodeIn(new MimeKit.MimeMessage { Body = new MimeKit.TextPart("plain") { Text = Sent[^1].TextBody } });
    }
}
