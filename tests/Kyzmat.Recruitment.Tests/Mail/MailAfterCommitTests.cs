using System.Globalization;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Kyzmat.Recruitment.Mail;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Mail;
using Kyzmat.Testing.Traits;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Tests.Mail;

/// <summary>
/// Mail queued inside a transaction leaves when it commits, never when it rolls back — nor later, when the pooled
/// context that held it serves someone else's transaction.
/// </summary>
public sealed class MailAfterCommitTests
{
    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HeldMail_LeavesOnCommit_NotOnRollback_NorFromAnAbandonedTransactionOnTheReusedContext(DatabaseProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        await using var room = await RecruitmentRoom.StartAsync(provider, new()
        {
            ["Kyzmat:Mail:Transport"] = "Smtp",
            ["Kyzmat:Mail:Smtp:Host"] = "127.0.0.1",
            ["Kyzmat:Mail:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Kyzmat:Mail:Smtp:Security"] = "None",
        }, services => services.AddSingleton<IBackgroundJobClient, NoJobsClient>());
        await room.InScopeAsync(s => s.GetRequiredService<SecretMailDelivery>().StartAsync(CancellationToken.None));

        var first = await InTransactionAsync(room, "rolled-back@demo.kyzmat.test", end: db => db.Database.RollbackTransactionAsync());
        var second = await InTransactionAsync(room, "abandoned@demo.kyzmat.test", end: _ => Task.CompletedTask);
        var third = await InTransactionAsync(room, "committed@demo.kyzmat.test", end: db => db.Database.CommitTransactionAsync());
        // Stopping sends what is queued and returns once the senders are done: what the transactions let go is out by then.
        await room.InScopeAsync(s => s.GetRequiredService<SecretMailDelivery>().StopAsync(CancellationToken.None));

        Assert.Same(first, second); // one pooled context served all three
        Assert.Same(second, third);
        Assert.Equal(["committed@demo.kyzmat.test"], smtp.Messages.Select(m => m.To.Mailboxes.Single().Address));
    }

    private static Task<KyzmatDbContext> InTransactionAsync(RecruitmentRoom room, string to, Func<KyzmatDbContext, Task> end) =>
        room.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<KyzmatDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            services.GetRequiredService<IMailQueue>().Enqueue(new OutgoingMail(to, "Код 123456", "Код: 123456", CarriesSecret: true));
            await end(db);
            return db;
        });

    /// <summary>Mail carrying a code must never become a job: this room has no job store, and says so if asked.</summary>
    private sealed class NoJobsClient : IBackgroundJobClient
    {
        public string Create(Job job, IState state) => throw new InvalidOperationException("A code mail became a job.");

        public bool ChangeState(string jobId, IState state, string expectedState) => throw new InvalidOperationException("No jobs here.");
    }
}
