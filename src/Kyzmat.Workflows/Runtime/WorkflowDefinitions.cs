using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Runtime;

internal sealed class WorkflowDefinitions : IWorkflowDefinitions
{
    private readonly DbContext _db;

    public WorkflowDefinitions(WorkflowDbContextAccessor accessor) => _db = accessor.Context;

    public async Task<IReadOnlyList<DefinitionInfo>> ListAsync(CancellationToken ct = default) =>
        await _db.Set<WorkflowDefinitionRecord>().AsNoTracking().OrderBy(d => d.Key).ThenByDescending(d => d.Version)
            .Select(d => new DefinitionInfo(d.Id, d.Key, d.Version, d.Name, d.ResourceName, d.DeployedAt, null))
            .ToListAsync(ct).ConfigureAwait(false);

    public async Task<DefinitionInfo> GetAsync(string definitionId, CancellationToken ct = default) =>
        await Project(Rows().Where(d => d.Id == definitionId)).FirstOrDefaultAsync(ct).ConfigureAwait(false)
            ?? throw new WorkflowException(WorkflowErrorCodes.DefinitionNotFound, $"The definition '{definitionId}' does not exist.");

    public async Task<DefinitionInfo?> GetLatestAsync(string key, CancellationToken ct = default) =>
        await Project(Rows().Where(d => d.Key == key).OrderByDescending(d => d.Version)).FirstOrDefaultAsync(ct).ConfigureAwait(false);

    private IQueryable<WorkflowDefinitionRecord> Rows() => _db.Set<WorkflowDefinitionRecord>().AsNoTracking();

    private static IQueryable<DefinitionInfo> Project(IQueryable<WorkflowDefinitionRecord> rows) =>
        rows.Select(d => new DefinitionInfo(d.Id, d.Key, d.Version, d.Name, d.ResourceName, d.DeployedAt, d.Xml));
}
