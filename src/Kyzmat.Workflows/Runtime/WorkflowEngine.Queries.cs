using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Runtime;

internal sealed partial class WorkflowEngine
{
    public async Task<PagedResult<WorkflowInstanceInfo>> QueryInstancesAsync(WorkflowInstanceQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = _db.Set<WorkflowInstanceRecord>().AsNoTracking();
        if (query.DefinitionKey is not null)
        {
            rows = rows.Where(i => i.DefinitionKey == query.DefinitionKey);
        }

        if (query.DefinitionVersion is { } version)
        {
            rows = rows.Where(i => i.DefinitionVersion == version);
        }

        if (query.State is not null)
        {
            rows = rows.Where(i => i.State == query.State);
        }

        if (query.BusinessKey is not null)
        {
            rows = rows.Where(i => i.BusinessKey == query.BusinessKey);
        }

        if (query.IsTestRun is { } testRun)
        {
            rows = rows.Where(i => i.IsTestRun == testRun);
        }

        var take = Math.Clamp(query.Take, 1, WorkflowInstanceQuery.MaxTake);
        var skip = Math.Max(0, query.Skip);
        var total = await rows.CountAsync(ct).ConfigureAwait(false);
        var records = await rows.OrderByDescending(i => i.StartedAt).ThenBy(i => i.Id).Skip(skip).Take(take)
            .ToListAsync(ct).ConfigureAwait(false);
        var items = new List<WorkflowInstanceInfo>(records.Count);
        foreach (var record in records)
        {
            var model = await _cache.GetAsync(_db, record.DefinitionId, ct).ConfigureAwait(false);
            items.Add(ToInfo(new InstanceSession(_db, record, model, Now, _options)));
        }

        return new PagedResult<WorkflowInstanceInfo>(items, total, skip / take, take);
    }
}
