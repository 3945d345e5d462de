using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// The task list (decision 0106): the open tasks assigned or offered to the caller — by id, PIN or one of their bodies'
/// candidate groups (administrators: every group task) — except those of their own applications; filtered, sorted, paged
/// by keyset.
/// </summary>
public sealed class HrInbox(KyzmatDbContext db, TimeProvider clock)
{
    // Tasks without a due date sort after every real one.
    private static readonly DateTime NoDueDate = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    public async Task<(IReadOnlyList<HrTask> Items, bool HasNext, int TotalCount)> QueryAsync(
        HrScope scope, Guid userId, HrTaskFilter filter, int first, string? after, CancellationToken cancellationToken, HrTaskSort sort = HrTaskSort.Created)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = scope.ActorOf(userId);
        var query = await FilteredAsync(await OpenTasksAsync(actor, userId, cancellationToken), filter, actor, now, cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        if (first == 0)
        {
            // Only the count (the header's): no page to read.
            return ([], total > 0, total);
        }

        var rows = await Ordered(After(query, HrTaskCursor.Decode(after, sort), sort), sort).Take(first + 1).ToListAsync(cancellationToken);
        var page = rows.Take(first).ToList();
        var applicationIds = page.Select(t => Guid.TryParse(t.BusinessKey, out var id) ? id : Guid.Empty).ToList();
        var applications = await db.Applications.AsNoTracking().Where(a => applicationIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var items = page
            .Where(t => Guid.TryParse(t.BusinessKey, out var id) && applications.ContainsKey(id))
            .Select(t => ToTask(t, applications[Guid.Parse(t.BusinessKey!)], now, sort, scope))
            .ToList();
        return (items, rows.Count > first, total);
    }

    /// <summary>One open task the caller may act on; null when there is none or it is someone else's.</summary>
    public async Task<HrTask?> FindAsync(HrScope scope, Guid userId, Guid taskId, CancellationToken cancellationToken) =>
        (await QueryAsync(scope, userId, new HrTaskFilter { TaskId = taskId }, 1, null, cancellationToken)).Items.FirstOrDefault();

    public static string CursorOf(HrTask task) => task.Cursor;

    /// <summary>The processes of the open tasks the caller may act on (for the list's process filter), by name.</summary>
    public async Task<IReadOnlyList<TaskProcess>> ProcessesAsync(HrScope scope, Guid userId, CancellationToken cancellationToken)
    {
        var keys = await (await OpenTasksAsync(scope.ActorOf(userId), userId, cancellationToken))
            .Select(t => t.DefinitionKey).Distinct().ToListAsync(cancellationToken);
        var versions = await db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(d => keys.Contains(d.Key))
            .Select(d => new { d.Key, d.Version, d.Name }).ToListAsync(cancellationToken);
        return [.. keys
            .Select(key => new TaskProcess(key, versions.Where(v => v.Key == key).OrderByDescending(v => v.Version).Select(v => v.Name).FirstOrDefault() ?? key))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Key, StringComparer.Ordinal)];
    }

    private async Task<IQueryable<WorkflowUserTaskRecord>> OpenTasksAsync(UserTaskActor actor, Guid userId, CancellationToken cancellationToken)
    {
        // An application's tasks only: an administrator's test run has no business key (decision 0103).
        var query = db.Set<WorkflowUserTaskRecord>().AsNoTracking()
            .Where(t => t.State == UserTaskStates.Created && t.BusinessKey != null)
            .Where(UserTaskVisibility.Of(actor));

        // Conflict of interest: a reviewer's own applications are not theirs to review (nor, here, the applicant's own steps).
        var own = await ConflictOfInterest.OwnBusinessKeysAsync(db, userId, cancellationToken);
        return own.Count > 0 ? query.Where(t => !own.Contains(t.BusinessKey!)) : query;
    }

    private async Task<IQueryable<WorkflowUserTaskRecord>> FilteredAsync(
        IQueryable<WorkflowUserTaskRecord> query, HrTaskFilter filter, UserTaskActor actor, DateTime now, CancellationToken cancellationToken)
    {
        if (filter.TaskId is { } taskId)
        {
            query = query.Where(t => t.Id == taskId);
        }

        if (filter.Stage is { } stage)
        {
            query = query.Where(t => t.FormKey == stage);
        }

        if (filter.ProcessKey is { } processKey)
        {
            query = query.Where(t => t.DefinitionKey == processKey);
        }

        if (filter.StateBodyId is { } bodyId)
        {
            var code = await db.StateBodies.AsNoTracking().Where(b => b.Id == bodyId).Select(b => b.Code).FirstOrDefaultAsync(cancellationToken);
            var group = code is null ? null : "," + ApplicationLifecycle.HrGroupOf(code) + ",";
            query = group is null ? query.Where(t => false) : query.Where(t => t.CandidateGroups.Contains(group));
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
            var names = actor.Names.ToList();
            query = query.Where(t => t.Assignee != null && names.Contains(t.Assignee));
        }

        if (filter.UnassignedOnly)
        {
            query = query.Where(t => t.Assignee == null);
        }

        if (filter.VacancyId is { } vacancyId)
        {
            var keys = await db.Applications.Where(a => a.VacancyId == vacancyId).Select(a => a.Id).ToListAsync(cancellationToken);
            var businessKeys = keys.Select(k => k.ToString()).ToList();
            query = query.Where(t => t.BusinessKey != null && businessKeys.Contains(t.BusinessKey));
        }

        return query;
    }

    private static IQueryable<WorkflowUserTaskRecord> Ordered(IQueryable<WorkflowUserTaskRecord> query, HrTaskSort sort) => sort switch
    {
        HrTaskSort.Due => query.OrderBy(t => t.DueAt ?? NoDueDate).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id),
        HrTaskSort.Priority => query.OrderByDescending(t => t.Priority).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id),
        _ => query.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id),
    };

    private static IQueryable<WorkflowUserTaskRecord> After(IQueryable<WorkflowUserTaskRecord> query, HrTaskCursor? cursor, HrTaskSort sort)
    {
        if (cursor is null)
        {
            return query;
        }

        var (created, id) = (cursor.CreatedAt, cursor.Id);
        switch (sort)
        {
            case HrTaskSort.Due:
                var due = new DateTime(cursor.Key, DateTimeKind.Utc);
                return query.Where(t => (t.DueAt ?? NoDueDate) > due
                    || ((t.DueAt ?? NoDueDate) == due && (t.CreatedAt > created || (t.CreatedAt == created && t.Id.CompareTo(id) > 0))));
            case HrTaskSort.Priority:
                var priority = (int)cursor.Key;
                return query.Where(t => t.Priority < priority
                    || (t.Priority == priority && (t.CreatedAt > created || (t.CreatedAt == created && t.Id.CompareTo(id) > 0))));
            default:
                return query.Where(t => t.CreatedAt > created || (t.CreatedAt == created && t.Id.CompareTo(id) > 0));
        }
    }

    private static HrTask ToTask(WorkflowUserTaskRecord t, Application application, DateTime now, HrTaskSort sort, HrScope scope) => new(
        t.Id,
        t.Name,
        t.FormKey,
        t.Assignee,
        Utc(t.CreatedAt),
        t.DueAt is { } due ? Utc(due) : null,
        t.DueAt < now,
        application)
    {
        ProcessKey = t.DefinitionKey,
        InstanceId = t.InstanceId,
        ElementId = t.ElementId,
        Priority = t.Priority,
        FollowUpAt = t.FollowUpAt is { } followUp ? Utc(followUp) : null,
        CanAssign = t.CandidateGroups.Split(',', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } groups && scope.LeadsAnyGroupOf(groups),
        Cursor = new HrTaskCursor(sort, sort switch
        {
            HrTaskSort.Due => (t.DueAt ?? NoDueDate).Ticks,
            HrTaskSort.Priority => t.Priority,
            _ => 0,
        }, DateTime.SpecifyKind(t.CreatedAt, DateTimeKind.Utc), t.Id).Encode(),
    };

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
