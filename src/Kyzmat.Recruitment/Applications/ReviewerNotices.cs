using System.Globalization;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Notifications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Applications;

/// <summary>HR-task notifications to every reviewer of a state body, added to the caller's unit of work.</summary>
public sealed class ReviewerNotices(KyzmatDbContext db, NotificationCenter notifications)
{
    public Task NewApplicationAsync(Application application, DateTimeOffset reviewDue, CancellationToken cancellationToken)
    {
        var due = reviewDue.ToOffset(BishkekTime.Offset).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        return PublishAsync(application.StateBodyId,
            new("Жаңы арыз келди", "Поступило новое заявление", "A new application has arrived"),
            new($"{application.Number}: документтерди {due} чейин карап чыгыңыз.", $"{application.Number}: рассмотрите документы до {due}.", $"{application.Number}: review the documents by {due}."),
            cancellationToken);
    }

    public Task ReviewOverdueAsync(Application application, CancellationToken cancellationToken) =>
        PublishAsync(application.StateBodyId,
            new("Документтерди кароо мөөнөтү өттү", "Срок рассмотрения документов истёк", "The document review is overdue"),
            new($"{application.Number} арызы боюнча документтерди кароо мөөнөтү өттү.", $"Срок рассмотрения документов по заявлению {application.Number} истёк.", $"The document review of application {application.Number} is past its due date."),
            cancellationToken);

    // Compiled once per model (decision 0011): every filed application asks it.
    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid, IAsyncEnumerable<Guid>>> ReviewersOf = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, Guid stateBodyId) => db.RoleGrants.AsNoTracking()
            .Where(g => g.Role == KyzmatRoles.Hr && g.StateBodyId == stateBodyId).Select(g => g.CitizenId).Distinct()));

    private async Task PublishAsync(Guid stateBodyId, LocalizedText title, LocalizedText body, CancellationToken cancellationToken)
    {
        var reviewers = await ReviewersOf.For(db)(db, stateBodyId).ToListAsync(cancellationToken);
        foreach (var reviewer in reviewers)
        {
            notifications.Publish(reviewer, NotificationKind.HrTask, title, body, "/hr/tasks");
        }
    }
}
