using Kyzmat.Workflows.Definitions;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>
/// Where a thrown error or escalation is caught, searched as Zeebe's catch-event analyzer does: from the thrower outwards,
/// at each element on the way its event sub-processes' start events first, then its boundary events — one with the thrown
/// code before one that catches every code — and last the process's event sub-processes. The search stops at a scope
/// that an interrupting event sub-process already runs in.
/// </summary>
internal sealed class CatchEventFinder(InstanceSession session, EventSubProcessBehavior eventSubProcesses)
{
    /// <param name="from">The first token whose element may catch (the thrower, or the scope around it); null: the process.</param>
    /// <returns>The catching event and the token it belongs to (the activity it is attached to, or the scope of its event
    /// sub-process; null for the process), or null when nothing catches.</returns>
    public (BpmnElement Event, TokenState? Host)? Find(TokenState? from, CatchKind kind, string code)
    {
        for (var candidate = from; candidate is not null; candidate = candidate.ScopeId is { } id ? session.Token(id) : null)
        {
            if (candidate.AdHocInner)
            {
                // An ad-hoc sub-process's inner instance: a scope with no events of its own; the ad-hoc sub-process is next.
                continue;
            }

            var element = session.Model.Element(candidate.ElementId);
            // A multi-instance sub-process's body holds its boundary events; each inner instance is a scope of its own.
            var isScope = element.IsScope && (element.MultiInstance is null || candidate.LoopCounter is not null);
            if (isScope && eventSubProcesses.IsInterrupted(candidate.Id))
            {
                return null;
            }

            var events = isScope ? session.Model.EventSubProcessStartsOf(element.Id).Where(kind.Starts) : [];
            if (candidate.LoopCounter is null)
            {
                events = events.Concat(session.Model.BoundariesOf(element.Id).Where(kind.Boundaries));
            }

            if (Match(events.ToList(), kind, code) is { } caught)
            {
                return (caught, candidate);
            }
        }

        return !eventSubProcesses.IsInterrupted(null) && Match(session.Model.EventSubProcessStartsOf(null).Where(kind.Starts).ToList(), kind, code) is { } atProcess
            ? (atProcess, null)
            : null;
    }

    private static BpmnElement? Match(List<BpmnElement> events, CatchKind kind, string code) =>
        events.Find(e => kind.CodeOf(e) == code) ?? events.Find(e => kind.CodeOf(e) is null);
}

/// <summary>What a thrown event is caught by: start events and boundary events of one kind, and the code they catch.</summary>
internal sealed record CatchKind(ElementKind StartKind, ElementKind BoundaryKind, Func<BpmnElement, string?> CodeOf)
{
    public static readonly CatchKind Error = new(ElementKind.ErrorStartEvent, ElementKind.ErrorBoundaryEvent, e => e.ErrorCode);

    public static readonly CatchKind Escalation = new(ElementKind.EscalationStartEvent, ElementKind.EscalationBoundaryEvent, e => e.EscalationCode);

    public bool Starts(BpmnElement start) => start.Kind == StartKind;

    public bool Boundaries(BpmnElement boundary) => boundary.Kind == BoundaryKind;
}
