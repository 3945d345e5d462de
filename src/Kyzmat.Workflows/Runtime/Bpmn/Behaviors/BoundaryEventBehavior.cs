using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>The events attached to an activity: opened with it, closed when it completes, and fired.</summary>
internal sealed class BoundaryEventBehavior(
    InstanceSession session, ExpressionBehavior expressions, JobBehavior jobs, MessageSubscriptionBehavior subscriptions, SignalSubscriptionBehavior signals)
{
    /// <summary>
    /// Evaluates the due times and correlation keys of the activity's boundary events before anything is written,
    /// so that a failing expression raises an incident with no row left behind.
    /// </summary>
    public IReadOnlyList<Attachment> Prepare(TokenState activityToken, BpmnElement activity)
    {
        var boundaries = session.Model.BoundariesOf(activity.Id);
        if (boundaries.Count == 0 || activityToken.LoopCounter is not null)
        {
            // An inner instance of a multi-instance activity: its boundary events are its body's.
            return [];
        }

        // Error and escalation boundary events wait with nothing: a throw looks for them (CatchEventFinder). A compensation
        // boundary event is no wait at all: it only names the handler once the activity has completed (CompensationBehavior).
        return boundaries
            .Where(b => b.Kind is not (ElementKind.ErrorBoundaryEvent or ElementKind.EscalationBoundaryEvent or ElementKind.CompensationBoundaryEvent))
            .Select(b => b.Kind switch
            {
                ElementKind.TimerBoundaryEvent => new Attachment(b, expressions.DueAt(activityToken, b.Timer!), null),
                ElementKind.SignalBoundaryEvent => new Attachment(b, default, null),
                _ => new Attachment(b, default, subscriptions.CorrelationKey(activityToken, b)),
            })
            .ToList();
    }

    public void Open(TokenState activityToken, IReadOnlyList<Attachment> attachments)
    {
        foreach (var attachment in attachments)
        {
            if (attachment.Boundary.Kind == ElementKind.SignalBoundaryEvent)
            {
                signals.Open(activityToken, attachment.Boundary);
            }
            else if (attachment.CorrelationKey is null)
            {
                jobs.Create(activityToken, attachment.Boundary.Id, JobKinds.BoundaryTimer, null, attachment.DueAt, 1);
            }
            else
            {
                subscriptions.Open(activityToken, attachment.Boundary, attachment.CorrelationKey);
            }
        }
    }

    /// <summary>
    /// A non-interrupting timer cycle fired while its activity goes on: its next repetition, counted from when the cycle
    /// began (the first timer's creation, carried by each repetition), unless it has repeated as often as it may.
    /// </summary>
    public void RepeatCycle(TokenState activityToken, BpmnElement boundary, WorkflowJobRecord fired)
    {
        if (expressions.Cycle(activityToken, boundary.Timer!).Next(fired.CreatedAt, fired.DueAt) is { } next)
        {
            jobs.Create(activityToken, boundary.Id, JobKinds.BoundaryTimer, null, next, 1, createdAt: fired.CreatedAt);
        }
    }

    /// <summary>
    /// Closes what the activity's boundary events wait with. Only what exists is looked up: timers are jobs and messages
    /// subscriptions; <paramref name="activityWaitsForMessage"/> when the activity's own wait is a subscription too.
    /// </summary>
    public async Task CloseAsync(TokenState activityToken, BpmnElement activity, bool activityWaitsForMessage, CancellationToken ct)
    {
        var boundaries = activityToken.LoopCounter is null ? session.Model.BoundariesOf(activity.Id) : [];
        if (boundaries.Any(b => b.Kind == ElementKind.TimerBoundaryEvent))
        {
            await jobs.RemoveAllOfTokenAsync(activityToken.Id, ct).ConfigureAwait(false);
        }

        if (activityWaitsForMessage || boundaries.Any(b => b.Kind == ElementKind.MessageBoundaryEvent))
        {
            await subscriptions.CloseAllOfTokenAsync(activityToken.Id, ct).ConfigureAwait(false);
        }

        if (activity.Kind == ElementKind.SignalCatchEvent || boundaries.Any(b => b.Kind == ElementKind.SignalBoundaryEvent))
        {
            await signals.CloseAllOfTokenAsync(activityToken.Id, ct).ConfigureAwait(false);
        }
    }

    internal sealed record Attachment(BpmnElement Boundary, DateTime DueAt, string? CorrelationKey);
}
