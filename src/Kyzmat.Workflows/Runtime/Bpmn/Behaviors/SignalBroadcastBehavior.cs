using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime.Bpmn.Processors.Gateways;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>
/// A signal thrown inside a process reaches every subscription in the same command: this instance's waits go on through
/// its own agenda, other instances are joined and run, and processes with a signal start event get a new instance.
/// </summary>
internal sealed class SignalBroadcastBehavior(BpmnBehaviors behaviors)
{
    public async Task BroadcastAsync(BpmnElementContext thrower, string name, JsonObject? variables)
    {
        var (session, ct) = (thrower.Session, thrower.Cancellation);
        var subscriptions = await session.FindAsync<WorkflowSignalSubscriptionRecord>(s => s.SignalName == name, ct).ConfigureAwait(false);
        foreach (var subscription in subscriptions)
        {
            if (subscription.DefinitionId is { } definitionId)
            {
                await InstanceLauncher.StartJoinedAsync(session, definitionId, subscription.ElementId, (JsonObject?)variables?.DeepClone(), null, null, ct)
                    .ConfigureAwait(false);
            }
            else if (subscription.InstanceId == session.Instance.Id)
            {
                await TriggerHereAsync(subscription, variables, ct).ConfigureAwait(false);
            }
            else
            {
                var other = await session.JoinAsync(subscription.InstanceId, ct).ConfigureAwait(false);
                if (other.Instance.State == InstanceStates.Active)
                {
                    await new ProcessExecutor(other).TriggerAsync(subscription.TokenId, other.Model.Element(subscription.ElementId), variables, ct).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task TriggerHereAsync(WorkflowSignalSubscriptionRecord subscription, JsonObject? variables, CancellationToken ct)
    {
        var occurred = behaviors.Session.Model.Element(subscription.ElementId);
        if (occurred.StartsEventSubProcess)
        {
            if (behaviors.Session.Instance.State == InstanceStates.Active && behaviors.EventSubProcesses.TryFindScope(subscription.TokenId, out var scope))
            {
                await behaviors.EventSubProcesses.TriggerAsync(scope, occurred, variables, null, ct).ConfigureAwait(false);
            }

            return;
        }

        if (behaviors.Session.Token(subscription.TokenId) is not { } token)
        {
            return;
        }

        var context = behaviors.ContextOf(token, ct);
        if (occurred.IsBoundaryEvent)
        {
            behaviors.Variables.MergeVariables(variables, null);
            await behaviors.Activities.TriggerBoundaryAsync(context, occurred, null).ConfigureAwait(false);
        }
        else if (occurred.Id == token.ElementId)
        {
            await ElementProcessors.Of(context).CompleteAsync(context, variables).ConfigureAwait(false);
        }
        else if (context.Element.Kind == ElementKind.EventBasedGateway)
        {
            await ((EventBasedGatewayProcessor)ElementProcessors.Of(context)).EventOccurredAsync(context, occurred, variables).ConfigureAwait(false);
        }
    }
}
