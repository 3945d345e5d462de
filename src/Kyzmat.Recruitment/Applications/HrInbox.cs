using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Applications;

/// <summary>HR's task list: the open tasks of their bodies' candidate groups (administrators: all), oldest first.</summary>
public sealed class HrInbox(KyzmatDbContext db, IUserTaskService userTasks, TimeProvider clock)
{
    public async Task<(IReadOnlyList<HrTask> Items, bool HasNext, int TotalCount)> QueryAsync(
        HrScope scope, Guid reviewerId, HrTaskFilter filter, int first, string? after, CancellationToken cancellationToken)
    {
        if (!scope.IsReviewer)
        {
            throw new UserInputException(UserErrorCodes.Forbidden);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // An application's tasks only: an administrator's test run has no business key (decision 0103).
        var query = db.Set<WorkflowUserTaskRecord>().AsNoTracking()
            .Where(t => t.State == UserTaskStates.Created && t.CandidateGroups != "," && t.BusinessKey != null);
        if (scope.CandidateGroups is { } groups)
        {
            query = query.Where(InAnyGroup(groups));
        }

        // Conflict of interest: a reviewer's own applications are not theirs to review.
        var own = await ConflictOfInterest.OwnBusinessKeysAsync(db, reviewerId, cancellationToken);
        if (own.Count > 0)
        {
            query = query.Where(t => !own.Contains(t.BusinessKey!));
        }

        if (filter.TaskId is { } taskId)
        {
            query = query.Where(t => t.Id == taskId);
        }

        if (filter.Stage is { } stage)
        {
            query = query.Where(t => t.FormKey == stage);
        }

        if (filter.OverdueOnly)
        {
            query = query.Where(t => t.DueAt != null && t.DueAt < now);
        }

        if (filter.DueBefore is { } dueBefore)
        {
            var limit = dueBefore.UtcDateTime;
            query = query.Where(t => t.DueAt != null && t.DueAt < limit);
        }

        if (filter.MineOnly)
        {
            var me = reviewerId.ToString();
            query = query.Where(t => t.Assignee == me);
        }

        if (filter.VacancyId is { } vacancyId)
        {
            var keys = await db.Applications.Where(a => a.VacancyId == vacancyId).Select(a => a.Id).ToListAsync(cancellationToken);
            var businessKeys = keys.Select(k => k.ToString()).ToList();
            query = query.Where(t => t.BusinessKey != null && businessKeys.Contains(t.BusinessKey));
        }

        var total = await query.CountAsync(cancellationToken);
        if (Decode(after) is { } cursor)
        {
            query = query.Where(t => t.CreatedAt > cursor.CreatedAt || (t.CreatedAt == cursor.CreatedAt && t.Id.CompareTo(cursor.Id) > 0));
        }

        var rows = await query.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Take(first + 1).ToListAsync(cancellationToken);
        var page = rows.Take(first).ToList();
        var applicationIds = page.Select(t => Guid.TryParse(t.BusinessKey, out var id) ? id : Guid.Empty).ToList();
        var applications = await db.Applications.AsNoTracking().Where(a => applicationIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var items = page
            .Where(t => Guid.TryParse(t.BusinessKey, out var id) && applications.ContainsKey(id))
            .Select(t => ToTask(t, applications[Guid.Parse(t.BusinessKey!)], now))
            .ToList();
        return (items, rows.Count > first, total);
    }

    /// <summary>One open task of the reviewer's bodies; null when there is none or it is another body's.</summary>
    public async Task<HrTask?> FindAsync(HrScope scope, Guid reviewerId, Guid taskId, CancellationToken cancellationToken) =>
        (await QueryAsync(scope, reviewerId, new HrTaskFilter { TaskId = taskId }, 1, null, cancellationToken)).Items.FirstOrDefault();

    public static string CursorOf(HrTask task) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(task.CreatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture) + ":" + task.Id));

    public async Task ClaimAsync(Guid reviewerId, Guid taskId, CancellationToken cancellationToken)
    {
        try
        {
            var task = await userTasks.GetAsync(taskId, cancellationToken);
            if (await ConflictOfInterest.IsOwnAsync(db, reviewerId, task.BusinessKey, cancellationToken))
            {
                throw new UserInputException(UserErrorCodes.ConflictOfInterest);
            }

            await userTasks.ClaimAsync(taskId, reviewerId.ToString(), cancellationToken);
        }
        catch (WorkflowException ex)
        {
            throw ex.Code == WorkflowErrorCodes.NotAuthorized ? new UserInputException(UserErrorCodes.NotFound, ex) : ApplicationTasks.ToUserError(ex);
        }
    }

    public async Task UnclaimAsync(Guid reviewerId, Guid taskId, CancellationToken cancellationToken)
    {
        try
        {
            await userTasks.UnclaimAsync(taskId, reviewerId.ToString(), cancellationToken);
        }
        catch (WorkflowException ex)
        {
            throw ex.Code == WorkflowErrorCodes.NotAuthorized ? new UserInputException(UserErrorCodes.NotFound, ex) : ApplicationTasks.ToUserError(ex);
        }
    }

    /// <summary>t => t.CandidateGroups contains ",g1," or ",g2," …: the groups are stored as one comma-framed column.</summary>
    private static Expression<Func<WorkflowUserTaskRecord, bool>> InAnyGroup(IReadOnlyList<string> groups)
    {
        var task = Expression.Parameter(typeof(WorkflowUserTaskRecord), "t");
        var column = Expression.Property(task, nameof(WorkflowUserTaskRecord.CandidateGroups));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        var any = groups
            .Select(g => (Expression)Expression.Call(column, contains, Expression.Constant("," + g + ",")))
            .DefaultIfEmpty(Expression.Constant(false))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<WorkflowUserTaskRecord, bool>>(any, task);
    }

    private static HrTask ToTask(WorkflowUserTaskRecord t, Application application, DateTime now) => new(
        t.Id,
        t.Name,
        t.FormKey,
        t.Assignee,
        new DateTimeOffset(DateTime.SpecifyKind(t.CreatedAt, DateTimeKind.Utc)),
        t.DueAt is { } due ? new DateTimeOffset(DateTime.SpecifyKind(due, DateTimeKind.Utc)) : null,
        t.DueAt < now,
        application);

    private static (DateTime CreatedAt, Guid Id)? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split(':');
            return (new DateTime(long.Parse(parts[0], CultureInfo.InvariantCulture), DateTimeKind.Utc), Guid.Parse(parts[1]));
        }
        catch (Exception ex) when (ex is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            throw new UserInputException(UserErrorCodes.InvalidCursor, ex);
        }
    }
}
