namespace Kyzmat.Workflows.Definitions;

/// <summary>One executable flow node of a process, with the Zeebe properties its kind uses.</summary>
public sealed class BpmnElement
{
    public BpmnElement(string id, ElementKind kind)
    {
        Id = id;
        Kind = kind;
    }

    public string Id { get; }

    public ElementKind Kind { get; }

    public string? Name { get; init; }

    /// <summary>The embedded sub-process this element lives in; null at process level.</summary>
    public string? ParentId { get; init; }

    public List<string> Incoming { get; } = [];

    public List<string> Outgoing { get; } = [];

    /// <summary>Exclusive gateway: the default flow's id.</summary>
    public string? DefaultFlowId { get; init; }

    /// <summary>Service, send, business rule and script tasks: zeebe:taskDefinition type (a job for a worker of that type).</summary>
    public string? TaskType { get; init; }

    /// <summary>Service task: zeebe:taskDefinition retries (3 when absent).</summary>
    public int Retries { get; init; } = 3;

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<IoMapping> Inputs { get; init; } = [];

    public IReadOnlyList<IoMapping> Outputs { get; init; } = [];

    /// <summary>User task: assignee (static or '=expression').</summary>
    public string? Assignee { get; init; }

    /// <summary>User task: candidate groups (comma-separated static list or '=expression').</summary>
    public string? CandidateGroups { get; init; }

    /// <summary>User task: candidate users (comma-separated static list or '=expression').</summary>
    public string? CandidateUsers { get; init; }

    public string? DueDate { get; init; }

    public string? FollowUpDate { get; init; }

    /// <summary>User task and none start event: the form's key, id or external reference (<see cref="Form"/>), whichever is set.</summary>
    public string? FormKey { get; init; }

    /// <summary>User task and none start event: the zeebe:formDefinition (metadata for a form renderer).</summary>
    public FormDefinition? Form { get; init; }

    /// <summary>User task: zeebe:priorityDefinition priority, 0..100 static or '=FEEL'; null when absent (Camunda's default is 50).</summary>
    public string? Priority { get; init; }

    /// <summary>Tasks done by a job worker: zeebe:linkedResources (metadata for the worker).</summary>
    public IReadOnlyList<LinkedResource> LinkedResources { get; init; } = [];

    public TimerDefinition? Timer { get; init; }

    /// <summary>Call activity: the process it calls.</summary>
    public CalledElementDefinition? CalledElement { get; init; }

    /// <summary>Business rule task: zeebe:calledDecision, evaluated by the engine (null when the task is a job instead).</summary>
    public CalledDecisionDefinition? CalledDecision { get; init; }

    /// <summary>Multi-instance activities: how the inner instances are made; null for a plain activity.</summary>
    public MultiInstanceDefinition? MultiInstance { get; init; }

    /// <summary>Ad-hoc sub-process: zeebe:adHoc, its completion condition and cancelRemainingInstances; null for other kinds.</summary>
    public AdHocDefinition? AdHoc { get; init; }

    /// <summary>The element's bpmn:documentation (what an ad-hoc sub-process tells its job worker about each element); null when none.</summary>
    public string? Documentation { get; init; }

    /// <summary>zeebe:properties (name → value), kept as metadata; an ad-hoc sub-process lists them for its job worker.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>Script task: zeebe:script, evaluated by the engine (null when the task is a job instead).</summary>
    public ScriptDefinition? Script { get; init; }

    public string? MessageName { get; init; }

    /// <summary>Link events: the link's name; a throw continues at the catch of the same name in its scope.</summary>
    public string? LinkName { get; init; }

    /// <summary>Signal events: the signal's name (a thrown one's may be '=FEEL').</summary>
    public string? SignalName { get; init; }

    /// <summary>Message events and receive tasks: the correlation key expression of the message's zeebe:subscription.</summary>
    public string? CorrelationKey { get; init; }

    /// <summary>
    /// Error events: the error code. An error end event's is static or '=FEEL'; an error boundary event's is static,
    /// and null makes it catch every error.
    /// </summary>
    public string? ErrorCode { get; init; }

    /// <summary>A compensation boundary event: the activity (isForCompensation) its association points to, which undoes its host.</summary>
    public string? CompensationHandlerId { get; init; }

    /// <summary>An activity marked isForCompensation: run only as a compensation handler, never reached by a flow.</summary>
    public bool IsForCompensation { get; init; }

    /// <summary>A compensation throw or end event: the one activity it compensates (activityRef); null compensates its whole scope.</summary>
    public string? CompensateActivityRef { get; init; }

    /// <summary>
    /// Escalation events: the escalation code. A thrown one's is static or '=FEEL'; a catching one's is static, and null
    /// makes it catch every escalation.
    /// </summary>
    public string? EscalationCode { get; init; }

    /// <summary>The start event of an event sub-process (its kind says by what it is triggered).</summary>
    public bool StartsEventSubProcess { get; init; }

    /// <summary>An event sub-process's start event: true when it interrupts its scope (isInterrupting, the default).</summary>
    public bool IsInterrupting { get; init; } = true;

    /// <summary>Boundary events: the activity they are attached to.</summary>
    public string? AttachedToId { get; init; }

    /// <summary>Boundary events: true when interrupting (cancelActivity, the default).</summary>
    public bool CancelActivity { get; init; } = true;

    /// <summary>zeebe:executionListeners: jobs run before the element is activated (start) and before its token leaves (end).</summary>
    public IReadOnlyList<ListenerDefinition> ExecutionListeners { get; init; } = [];

    /// <summary>User task: zeebe:taskListeners, jobs run before a transition of the task takes effect.</summary>
    public IReadOnlyList<ListenerDefinition> TaskListeners { get; init; } = [];

    /// <summary>The element's listeners of one event, in document order.</summary>
    public IReadOnlyList<ListenerDefinition> ListenersOf(string eventType)
    {
        var all = ListenerEvents.IsTaskEvent(eventType) ? TaskListeners : ExecutionListeners;
        return all.Count == 0 ? [] : all.Where(l => l.EventType == eventType).ToList();
    }

    /// <summary>Whether the element has listeners at all (most have none: their tokens skip the listener steps).</summary>
    public bool HasListeners => ExecutionListeners.Count > 0 || TaskListeners.Count > 0;

    /// <summary>
    /// Service and send tasks, a business rule task without zeebe:calledDecision, a script task without zeebe:script,
    /// and message throw and end events: done by a job worker.
    /// </summary>
    public bool IsJobWorkerTask => Kind is ElementKind.ServiceTask or ElementKind.SendTask
        or ElementKind.MessageThrowEvent or ElementKind.MessageEndEvent
        || (Kind == ElementKind.ScriptTask && Script is null)
        || (Kind == ElementKind.BusinessRuleTask && CalledDecision is null);

    public bool IsBoundaryEvent => Kind is ElementKind.TimerBoundaryEvent or ElementKind.MessageBoundaryEvent or ElementKind.ErrorBoundaryEvent
        or ElementKind.SignalBoundaryEvent or ElementKind.CompensationBoundaryEvent or ElementKind.EscalationBoundaryEvent;

    public bool IsWaitState => IsJobWorkerTask || Kind is ElementKind.UserTask or ElementKind.ReceiveTask
        or ElementKind.TimerCatchEvent or ElementKind.MessageCatchEvent or ElementKind.SubProcess or ElementKind.EventSubProcess
        or ElementKind.AdHocSubProcess;

    /// <summary>An element whose tokens run inside it, and whose event sub-processes listen while it runs.</summary>
    public bool IsScope => Kind is ElementKind.SubProcess or ElementKind.EventSubProcess or ElementKind.AdHocSubProcess;
}
