using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Forms;

internal sealed class WorkflowForms(WorkflowDbContextAccessor accessor, TimeProvider time, FormCache cache) : IWorkflowForms
{
    private readonly DbContext _db = accessor.Context;

    public async Task<JsonObject> PrefillOfTaskAsync(Guid taskId, CancellationToken ct = default)
    {
        var task = await _db.Set<WorkflowUserTaskRecord>().AsNoTracking().Where(t => t.Id == taskId)
            .Select(t => new { t.InstanceId, t.FormVersionId, t.InputJson }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (task?.FormVersionId is null)
        {
            return [];
        }

        var instanceVariables = await _db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => i.Id == task.InstanceId).Select(i => i.VariablesJson)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var variables = instanceVariables is null ? [] : JsonNode.Parse(instanceVariables) as JsonObject ?? [];
        foreach (var (name, value) in task.InputJson is null ? [] : JsonNode.Parse(task.InputJson) as JsonObject ?? [])
        {
            variables[name] = value?.DeepClone();
        }

        var form = await cache.GetAsync(_db, task.FormVersionId, ct).ConfigureAwait(false);
        var json = await _db.Set<WorkflowFormRecord>().AsNoTracking().Where(f => f.Id == task.FormVersionId).Select(f => f.Json).FirstAsync(ct).ConfigureAwait(false);
        return FormPrefill.Of(form, json, variables);
    }

    public async Task<FormDeploymentResult> DeployAsync(string json, string? resourceName = null, CancellationToken ct = default)
    {
        var parsed = CamundaFormParser.Parse(json);
        if (!parsed.IsValid)
        {
            throw new WorkflowException(WorkflowErrorCodes.FormInvalid,
                "The form cannot be deployed: " + string.Join("; ", parsed.Findings.Take(5).Select(f => $"{f.ElementId ?? "(form)"}: {f.Message}")), parsed.Findings);
        }

        var formId = parsed.Form!.Id;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var latest = await Versions(formId).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (latest is not null && latest.Hash == hash)
        {
            return new FormDeploymentResult(latest.Id, formId, latest.Version, false);
        }

        var version = (latest?.Version ?? 0) + 1;
        var record = new WorkflowFormRecord
        {
            Id = $"{formId}:{version}",
            FormId = formId,
            Version = version,
            VersionTag = parsed.Form.VersionTag,
            ResourceName = resourceName,
            Hash = hash,
            Json = json,
            DeployedAt = time.GetUtcNow().UtcDateTime,
        };
        _db.Add(record);
        try
        {
            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException ex)
        {
            // Another host deployed at the same moment (unique id and version): fine if it deployed the same JSON.
            _db.ChangeTracker.Clear();
            var winner = await Versions(formId).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            return winner?.Hash == hash
                ? new FormDeploymentResult(winner.Id, formId, winner.Version, false)
                : throw new WorkflowException(WorkflowErrorCodes.ConcurrencyConflict, $"Another deployment of the form '{formId}' happened at the same time; deploy again.", ex);
        }

        return new FormDeploymentResult(record.Id, formId, version, true);
    }

    public async Task<IReadOnlyList<FormInfo>> ListAsync(CancellationToken ct = default)
    {
        var rows = await _db.Set<WorkflowFormRecord>().AsNoTracking()
            .Where(f => f.Version == _db.Set<WorkflowFormRecord>().Where(o => o.FormId == f.FormId).Max(o => o.Version))
            .OrderBy(f => f.FormId).ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(ToInfo).ToList();
    }

    public async Task<FormInfo?> GetAsync(string formId, int? version = null, CancellationToken ct = default)
    {
        var rows = Versions(formId);
        if (version is { } v)
        {
            rows = rows.Where(f => f.Version == v);
        }

        return await rows.FirstOrDefaultAsync(ct).ConfigureAwait(false) is { } row ? ToInfo(row) : null;
    }

    public async Task<FormInfo?> GetOfTaskAsync(Guid taskId, CancellationToken ct = default)
    {
        var formVersionId = await _db.Set<WorkflowUserTaskRecord>().AsNoTracking().Where(t => t.Id == taskId).Select(t => t.FormVersionId)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return formVersionId is null
            ? null
            : await _db.Set<WorkflowFormRecord>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == formVersionId, ct).ConfigureAwait(false) is { } row ? ToInfo(row) : null;
    }

    private IQueryable<WorkflowFormRecord> Versions(string formId) =>
        _db.Set<WorkflowFormRecord>().AsNoTracking().Where(f => f.FormId == formId).OrderByDescending(f => f.Version);

    private static FormInfo ToInfo(WorkflowFormRecord f) => new(f.Id, f.FormId, f.Version, f.VersionTag, f.ResourceName, f.DeployedAt, f.Json);
}
