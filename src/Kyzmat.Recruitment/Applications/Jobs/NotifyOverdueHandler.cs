using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Mail;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Applications.Jobs;

/// <summary>
/// <c>application.notify-overdue</c>: the document review passed its due date; the state body's HR address (or, when
/// it has none, its reviewers) gets an e-mail naming the application.
/// </summary>
public sealed class NotifyOverdueHandler : IServiceTaskHandler
{
    public string Type => ApplicationLifecycle.TaskTypes.NotifyOverdue;

    public async Task<ServiceTaskResult> ExecuteAsync(ServiceTaskContext context, CancellationToken ct)
    {
        var db = context.Services.GetRequiredService<KyzmatDbContext>();
        var application = await SendSigningCodeHandler.ApplicationOf(db, context, ct);
        var body = await db.StateBodies.AsNoTracking().SingleAsync(b => b.Id == application.StateBodyId, ct);
        var recipients = !string.IsNullOrEmpty(body.Email)
            ? [body.Email]
            : await db.RoleGrants.AsNoTracking()
                .Where(g => g.Role == KyzmatRoles.Hr && g.StateBodyId == body.Id)
                .Join(db.Citizens, g => g.CitizenId, c => c.Id, (g, c) => c)
                .Where(c => c.EmailConfirmed && c.Email != null)
                .Select(c => c.Email!)
                .ToListAsync(ct);
        var mail = context.Services.GetRequiredService<IMailQueue>();
        foreach (var to in recipients.Distinct())
        {
            mail.Enqueue(new OutgoingMail(
                to,
                $"Kyzmat: {application.Number} — документтерди кароо мөөнөтү өттү / срок рассмотрения истёк",
                $"Арыз {application.Number} боюнча документтерди кароо мөөнөтү өттү. Kyzmat порталындагы тапшырмаларды караңыз.\n\n"
                + $"Срок рассмотрения документов по заявлению {application.Number} истёк. Откройте задачи на портале Kyzmat.\n"));
        }

        return ServiceTaskResult.Complete();
    }
}
