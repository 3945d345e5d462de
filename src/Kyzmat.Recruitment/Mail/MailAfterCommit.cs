using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Mail;

/// <summary>
/// Holds the mail queued while a context's explicit transaction is open and hands it to the job queue only when the
/// transaction commits (dropped when it rolls back). A code e-mailed from a background job's transaction is therefore
/// never sent for a code row that was not saved — and on SQLite the job queue's write cannot wait on the open
/// transaction's lock of the same database file.
/// The queue is resolved on first release: the interceptor joins every context, also where no job storage is
/// registered (the recruitment room's own tests).
/// </summary>
public sealed class MailAfterCommit(IServiceProvider services) : DbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<OutgoingMail>> _held = [];

    public void Hold(DbContext context, OutgoingMail mail)
    {
        var held = _held.GetOrCreateValue(context);
        lock (held)
        {
            held.Add(mail);
        }
    }

    // A transaction that ended without a commit or rollback event (disposed after an error) leaves its mail held; the
    // context is pooled and reused, so the next transaction on it starts by dropping that mail, never sending it.
    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context, send: false);
        return ValueTask.FromResult(result);
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Release(eventData.Context, send: false);
        return result;
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context, send: true);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context, send: true);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context, send: false);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context, send: false);

    private void Release(DbContext? context, bool send)
    {
        if (context is null || !_held.TryGetValue(context, out var held))
        {
            return;
        }

        OutgoingMail[] mails;
        lock (held)
        {
            mails = [.. held];
            held.Clear();
        }

        if (send && mails.Length > 0)
        {
            var queue = services.GetRequiredService<BackgroundMailQueue>();
            foreach (var mail in mails)
            {
                queue.Enqueue(mail);
            }
        }
    }
}
