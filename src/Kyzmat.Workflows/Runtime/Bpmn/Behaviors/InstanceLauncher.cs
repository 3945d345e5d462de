using System.Text.Json.Nodes;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Persistence;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>Starts another instance inside the current command (a call activity's child, a signal's start), saved with it.</summary>
internal static class InstanceLauncher
{
    public static async Task<InstanceSession> StartJoinedAsync(
        InstanceSession session, string definitionId, string? startEventId, JsonObject? variables, (Guid Instance, Guid Token, string Element)? caller, string? businessKey,
        CancellationToken ct)
    {
        var model = await session.Definitions!.GetAsync(session.Db, definitionId, ct).ConfigureAwait(false);
        var record = new WorkflowInstanceRecord
        {
            Id = Guid.NewGuid(),
            DefinitionId = definitionId,
            DefinitionKey = model.Id,
            DefinitionVersion = int.Parse(definitionId[(definitionId.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture),
            BusinessKey = businessKey,
            State = InstanceStates.Active,
            StartedAt = session.Now,
            ParentInstanceId = caller?.Instance,
            ParentTokenId = caller?.Token,
            ParentElementId = caller?.Element,
        };
        session.Db.Add(record);
        var started = session.Join(record, model, startedHere: caller is not null);
        started.History(HistoryEventTypes.InstanceStarted, null, null, null, new JsonObject { ["definitionId"] = definitionId, ["startedBy"] = session.Instance.Id });
        var executor = new ProcessExecutor(started);
        executor.MergeVariables(variables, null);
        executor.CreateToken(startEventId ?? model.StartEventOf(null).Id, null);
        await executor.RunAsync(ct).ConfigureAwait(false);
        return started;
    }
}
