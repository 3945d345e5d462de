using Kyzmat.Recruitment.Persistence;

namespace Kyzmat.Recruitment.Mail;

/// <summary>The request's (or job's) mail queue: at once outside a transaction, after its commit inside one.</summary>
public sealed class TransactionalMailQueue(KyzmatDbContext db, BackgroundMailQueue queue, MailAfterCommit afterCommit) : IMailQueue
{
    public void Enqueue(OutgoingMail mail)
    {
        if (db.Database.CurrentTransaction is null)
        {
            queue.Enqueue(mail);
        }
        else
        {
            afterCommit.Hold(db, mail);
        }
    }
}
