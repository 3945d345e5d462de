using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>
/// Event sub-processes, as Camunda 8 runs them. While a scope runs (the process, or a sub-process's token), the timer,
/// message and signal start events of its event sub-processes wait as rows owned by the scope: the scope's token id, or
/// the instance's id for the process. Error and escalation starts wait with no row (a throw looks for them). When one
/// fires, an interrupting one terminates everything else in the scope and closes the scope's other waits; a
/// non-interrupting one runs beside the rest (a timer cycle schedules its next firing). The scope completes when no token
/// is left in it, the event sub-process's included.
/// </summary>
internal sealed class EventSubProcessBehavior(BpmnBehaviors behaviors)
{
    private InstanceSession Session => behaviors.Session;

    /// <summary>What owns the waits of a scope's event sub-processes: its token, or the instance for the process.</summary>
    public Guid OwnerOf(TokenState? scope) => scope?.Id ?? Session.Instance.Id;

    /// <summary>The scope that <paramref name="ownerId"/> names, if it still runs (false when its token is gone).</summary>
    public bool TryFindScope(Guid ownerId, out TokenState? scope)
    {
        scope = ownerId == Session.Instance.Id ? null : Session.Token(ownerId);
        return ownerId == Session.Instance.Id || scope is not null;
    }

    /// <summary>
    /// The token at a scope's start event has arrived: the scope's event sub-processes start listening. Due times and
    /// correlation keys are evaluated before anything is written, so a failing expression leaves no row behind.
    /// </summary>
    public void Open(TokenState startToken)
    {
        var scope = startToken.ScopeId is { } id ? Session.Token(id) : null;
        var starts = Session.Model.EventSubProcessStartsOf(scope?.ElementId);
        if (starts.Count == 0)
        {
            return;
        }

        var waits = starts
            .Where(s => s.Kind is ElementKind.TimerStartEvent or ElementKind.MessageStartEvent or ElementKind.SignalStartEvent)
            .Select(s => (Start: s,
                DueAt: s.Kind == ElementKind.TimerStartEvent ? behaviors.Expressions.DueAt(startToken, s.Timer!) : default,
                Key: s.Kind == ElementKind.MessageStartEvent ? behaviors.Expressions.CorrelationKey(startToken, s) : null))
            .ToList();
        var owner = OwnerOf(scope);
        foreach (var (start, dueAt, key) in waits)
        {
            switch (start.Kind)
            {
                case ElementKind.TimerStartEvent:
                    behaviors.Jobs.Create(owner, start.Id, JobKinds.EventSubProcessTimer, null, dueAt, 1);
                    break;
                case ElementKind.MessageStartEvent:
                    behaviors.Subscriptions.Open(owner, start, key!);
                    break;
                default:
                    behaviors.Signals.Open(owner, start);
                    break;
            }
        }
    }

    /// <summary>The scope has ended or was interrupted: its event sub-processes stop listening (its other waits stay).</summary>
    public async Task CloseAsync(Guid ownerId, string? scopeElementId, CancellationToken ct)
    {
        var starts = Session.Model.EventSubProcessStartsOf(scopeElementId);
        if (!starts.Any(s => s.Kind is ElementKind.TimerStartEvent or ElementKind.MessageStartEvent or ElementKind.SignalStartEvent))
        {
            return;
        }

        var ids = starts.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        Session.RemoveAll((await Session.JobsOfTokenAsync(ownerId, ct).ConfigureAwait(false)).Where(j => ids.Contains(j.ElementId)).ToList());
        Session.RemoveAll((await Session.SubscriptionsOfTokenAsync(ownerId, ct).ConfigureAwait(false)).Where(s => ids.Contains(s.ElementId)).ToList());
        if (starts.Any(s => s.Kind == ElementKind.SignalStartEvent))
        {
            Session.RemoveAll((await behaviors.Signals.OfOwnerAsync(ownerId, ct).ConfigureAwait(false)).Where(s => ids.Contains(s.ElementId)).ToList());
        }
    }

    /// <summary>
    /// The start event of an event sub-process of <paramref name="scope"/> (null: the process) was triggered, bringing
    /// <paramref name="variables"/> for its output mappings. Nothing happens in a scope an interrupting one already runs in.
    /// </summary>
    public async Task TriggerAsync(TokenState? scope, BpmnElement start, JsonObject? variables, WorkflowJobRecord? firedTimer, CancellationToken ct)
    {
        var scopeId = scope?.Id;
        if (IsInterrupted(scopeId))
        {
            return;
        }

        if (start.IsInterrupting)
        {
            foreach (var other in Session.Tokens.Where(t => t.ScopeId == scopeId).ToList())
            {
                var context = behaviors.ContextOf(other, ct);
                await ElementProcessors.Of(context).TerminateAsync(context).ConfigureAwait(false);
            }

            await CloseAsync(OwnerOf(scope), scope?.ElementId, ct).ConfigureAwait(false);
        }
        else if (firedTimer is not null && start.Timer?.Kind == TimerKind.Cycle
            && behaviors.Expressions.Cycle(scope, start.Timer).Next(firedTimer.CreatedAt, firedTimer.DueAt) is { } next)
        {
            behaviors.Jobs.Create(OwnerOf(scope), start.Id, JobKinds.EventSubProcessTimer, null, next, 1, createdAt: firedTimer.CreatedAt);
        }

        var eventSubProcess = behaviors.Agenda.CreateToken(start.ParentId!, scopeId);
        eventSubProcess.EventVariables = variables;
    }

    /// <summary>Whether an interrupting event sub-process runs in the scope: then nothing else may start or catch there.</summary>
    public bool IsInterrupted(Guid? scopeId) =>
        Session.Tokens.Any(t => t.ScopeId == scopeId && Session.Model.Element(t.ElementId) is { Kind: ElementKind.EventSubProcess } e
            && Session.Model.StartOfEventSubProcess(e.Id).IsInterrupting);
}
