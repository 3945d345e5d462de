using System.Globalization;
using System.Text.Json.Nodes;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Runtime;

/// <summary>Test runs: instances an administrator starts to try a diagram (docs/decisions/0103-workflow-test-runs.md).</summary>
internal sealed partial class WorkflowEngine
{
    public async Task<WorkflowInstanceInfo> StartTestRunAsync(string key, int? version, JsonObject? variables, string actor, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(actor);
        var definitionId = version is { } number
            ? $"{key}:{number.ToString(CultureInfo.InvariantCulture)}"
            : await LatestDefinitionId.For(_db)(_db, key, ct).ConfigureAwait(false)
                ?? throw new WorkflowException(WorkflowErrorCodes.DefinitionNotFound, $"No process with key '{key}' is deployed.");

        // No business key: that is the domain's (an application's id), and a test run belongs to no application.
        return await StartAtAsync(definitionId, null, businessKey: null, variables, null, ct, testRunBy: actor).ConfigureAwait(false);
    }

    public async Task<int> CancelTestRunsAsync(string? key, string? actor = null, CancellationToken ct = default)
    {
        var rows = _db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => i.IsTestRun && i.State == InstanceStates.Active);
        if (key is not null)
        {
            rows = rows.Where(i => i.DefinitionKey == key);
        }

        var ids = await rows.OrderBy(i => i.StartedAt).Select(i => i.Id).ToListAsync(ct).ConfigureAwait(false);
        var cancelled = 0;
        foreach (var id in ids)
        {
            try
            {
                await CancelAsync(id, actor, ct).ConfigureAwait(false);
                cancelled++;
            }
            catch (WorkflowException ex) when (ex.Code is WorkflowErrorCodes.InstanceNotActive or WorkflowErrorCodes.ConcurrencyConflict)
            {
                // Ended, or moved by a job, meanwhile: not counted; a second call cancels what is still active.
            }
        }

        return cancelled;
    }
}
