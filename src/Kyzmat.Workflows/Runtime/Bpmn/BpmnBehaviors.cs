using Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

namespace Kyzmat.Workflows.Runtime.Bpmn;

/// <summary>
/// The behaviours shared by the element processors, for one command on one instance (as Zeebe's
/// <c>BpmnBehaviors</c>): each is a small service over the command's <see cref="InstanceSession"/>.
/// </summary>
internal sealed class BpmnBehaviors
{
    public BpmnBehaviors(InstanceSession session)
    {
        Session = session;
        Agenda = new Agenda(session);
        Variables = new VariableBehavior(session);
        Expressions = new ExpressionBehavior(session, Variables);
        Incidents = new IncidentBehavior(session);
        Decisions = new DecisionBehavior(session, Variables, Expressions);
        Jobs = new JobBehavior(session);
        Subscriptions = new MessageSubscriptionBehavior(session, Expressions);
        Signals = new SignalSubscriptionBehavior(session);
        Listeners = new ListenerBehavior(this);
        Compensations = new CompensationBehavior(session, Agenda);
        Flow = new FlowBehavior(session, Agenda, Listeners, Compensations);
        Boundaries = new BoundaryEventBehavior(session, Expressions, Jobs, Subscriptions, Signals);
        Activities = new ActivityBehavior(this);
        EventSubProcesses = new EventSubProcessBehavior(this);
        CatchEvents = new CatchEventFinder(session, EventSubProcesses);
        Errors = new ErrorEventBehavior(this);
        Escalations = new EscalationEventBehavior(this);
        CallActivities = new CallActivityBehavior(this);
        Broadcasts = new SignalBroadcastBehavior(this);
        AdHocSubProcesses = new AdHocSubProcessBehavior(this);
    }

    public InstanceSession Session { get; }

    /// <summary>The tokens and container completions still to process in this command.</summary>
    public Agenda Agenda { get; }

    public ExpressionBehavior Expressions { get; }

    public VariableBehavior Variables { get; }

    public IncidentBehavior Incidents { get; }

    public DecisionBehavior Decisions { get; }

    public JobBehavior Jobs { get; }

    public MessageSubscriptionBehavior Subscriptions { get; }

    public SignalSubscriptionBehavior Signals { get; }

    public SignalBroadcastBehavior Broadcasts { get; }

    public FlowBehavior Flow { get; }

    public CompensationBehavior Compensations { get; }

    public ListenerBehavior Listeners { get; }

    public BoundaryEventBehavior Boundaries { get; }

    public ActivityBehavior Activities { get; }

    public EventSubProcessBehavior EventSubProcesses { get; }

    public CatchEventFinder CatchEvents { get; }

    public ErrorEventBehavior Errors { get; }

    public EscalationEventBehavior Escalations { get; }

    public CallActivityBehavior CallActivities { get; }

    public AdHocSubProcessBehavior AdHocSubProcesses { get; }

    public BpmnElementContext ContextOf(TokenState token, CancellationToken ct) => new(token, Session.Model.Element(token.ElementId), this, ct);
}
