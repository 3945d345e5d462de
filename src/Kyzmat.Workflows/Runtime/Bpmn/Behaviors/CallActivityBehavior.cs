using System.Text.Json.Nodes;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>
/// Call activities: the child instance they start (linked to the waiting token), its completion handed back to the
/// caller — in the same command when the child ends at once, else in the command that ends it — and its cancellation
/// with the caller. Each instance changed is saved in the command's one commit.
/// </summary>
internal sealed class CallActivityBehavior(BpmnBehaviors behaviors)
{
    public async Task<InstanceSession> StartChildAsync(BpmnElementContext caller)
    {
        var (session, called) = (caller.Session, caller.Element.CalledElement!);
        var processId = behaviors.Expressions.EvaluateText(caller.Token, called.ProcessId)
            ?? throw new IncidentException(IncidentCodes.CalledElementError, $"The called process '{called.ProcessId}' of '{caller.Element.Id}' gave null.");
        var definitions = session.Db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(d => d.Key == processId);
        if (called.BindingType == "versionTag")
        {
            definitions = definitions.Where(d => d.VersionTag == called.VersionTag);
        }
        else if (called.BindingType == "deployment")
        {
            // Deployed together: every process of a file is stored with the hash of the whole file, in the same deployment.
            var callerId = session.Instance.DefinitionId;
            var hash = await session.Db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(d => d.Id == callerId).Select(d => d.Hash)
                .SingleAsync(caller.Cancellation).ConfigureAwait(false);
            definitions = definitions.Where(d => d.Hash == hash);
        }

        var definitionId = await definitions.OrderByDescending(d => d.Version).Select(d => d.Id).FirstOrDefaultAsync(caller.Cancellation).ConfigureAwait(false)
            ?? throw new IncidentException(IncidentCodes.CalledElementError, called.BindingType switch
            {
                "versionTag" => $"No process '{processId}' with version tag '{called.VersionTag}' is deployed.",
                "deployment" => $"No process '{processId}' was deployed with the caller's definition.",
                _ => $"No process '{processId}' is deployed.",
            });
        var variables = called.PropagateAllParentVariables
            ? (JsonObject)behaviors.Variables.ViewOf(caller.Token).DeepClone()
            : (JsonObject?)caller.Token.Locals?.DeepClone();
        return await InstanceLauncher.StartJoinedAsync(session, definitionId, null, variables, (session.Instance.Id, caller.Token.Id, caller.Token.ElementId),
            session.Instance.BusinessKey, caller.Cancellation).ConfigureAwait(false);
    }

    /// <summary>
    /// What a finished child gives its call activity: its variables, which the call activity's output mappings read;
    /// without output mappings they all go back unless propagateAllChildVariables is false.
    /// </summary>
    public static JsonObject? ResultOf(InstanceSession child, Definitions.BpmnElement callActivity) =>
        callActivity.Outputs.Count > 0 || callActivity.CalledElement!.PropagateAllChildVariables ? (JsonObject)child.Variables.DeepClone() : null;

    /// <summary>This command ended a child instance: the call activity that waits for it completes.</summary>
    public async Task CompleteCallerAsync(CancellationToken ct)
    {
        var child = behaviors.Session;
        var caller = await child.JoinAsync(child.Instance.ParentInstanceId!.Value, ct).ConfigureAwait(false);
        if (caller.Instance.State != InstanceStates.Active || caller.Token(child.Instance.ParentTokenId!.Value) is not { } token)
        {
            return;
        }

        var callActivity = caller.Model.Element(token.ElementId);
        await new ProcessExecutor(caller).CompleteActivityAsync(token, ResultOf(child, callActivity), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// An error or escalation that nothing in this (called) instance catches goes on to the call activity that waits for
    /// it, as in Camunda 8: caught there (or further up), an interrupting catch terminates the call activity and with it
    /// this instance. Both instances change in this command's one commit. False when nothing above catches it.
    /// </summary>
    public async Task<bool> PassToCallerAsync(CatchKind kind, string code, JsonObject? variables, CancellationToken ct)
    {
        var child = behaviors.Session;
        if (child.Instance.ParentInstanceId is not { } parentId)
        {
            return false;
        }

        var caller = await child.JoinAsync(parentId, ct).ConfigureAwait(false);
        if (caller.Instance.State != InstanceStates.Active || caller.Token(child.Instance.ParentTokenId!.Value) is not { } callActivity)
        {
            return false;
        }

        return await new ProcessExecutor(caller).CatchFromCalledInstanceAsync(callActivity, kind, code, variables, ct).ConfigureAwait(false);
    }

    /// <summary>The call activity is terminated: the child instance it waits for is cancelled, with its own children.</summary>
    public async Task CancelChildAsync(BpmnElementContext caller)
    {
        var (session, token) = (caller.Session, caller.Token);
        var children = await session.FindAsync<WorkflowInstanceRecord>(
            i => i.ParentInstanceId == session.Instance.Id && i.ParentTokenId == token.Id && i.State == InstanceStates.Active, caller.Cancellation).ConfigureAwait(false);
        foreach (var record in children)
        {
            var child = await session.JoinAsync(record.Id, caller.Cancellation).ConfigureAwait(false);
            await new ProcessExecutor(child).CancelInstanceAsync(null, caller.Cancellation).ConfigureAwait(false);
        }
    }
}
