using Kyzmat.Recruitment.Mail;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Applications.Jobs;

/// <summary>
/// <c>application.notify-overdue</c>: the document review passed its due date. The state body's HR mailbox, if it has
/// one, gets an e-mail; each of its reviewers gets an HR-task notification on the channels they chose.
/// </summary>
public sealed class NotifyOverdueHandler : IServiceTaskHandler
{
    public string Type => ApplicationLifecycle.TaskTypes.NotifyOverdue;

    public async Task<ServiceTaskResult> ExecuteAsync(ServiceTaskContext context, CancellationToken ct)
    {
        var db = context.Services.GetRequiredService<KyzmatDbContext>();
        var application = await SendSigningCodeHandler.ApplicationOf(db, context, ct);
        var body = await db.StateBodies.AsNoTracking().SingleAsync(b => b.Id == application.StateBodyId, ct);
        if (!string.IsNullOrEmpty(body.Email))
        {
            context.Services.GetRequiredService<IMailQueue>().Enqueue(new OutgoingMail(
                body.Email,
                $"Kyzmat: {application.Number} — документтерди кароо мөөнөтү өттү / срок рассмотрения истёк",
                $"Арыз {application.Number} боюнча документтерди кароо мөөнөтү өттү. Kyzmat порталындагы тапшырмаларды караңыз.\n\n"
                + $"Срок рассмотрения документов по заявлению {application.Number} истёк. Откройте задачи на портале Kyzmat.\n"));
        }

        await context.Services.GetRequiredService<ReviewerNotices>().ReviewOverdueAsync(application, ct);
        return ServiceTaskResult.Complete();
    }
}
