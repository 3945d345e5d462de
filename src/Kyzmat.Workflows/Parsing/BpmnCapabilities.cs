namespace Kyzmat.Workflows.Parsing;

/// <summary>
/// The capability contract of version 1 of the executable subset: every BPMN element is either executed
/// or rejected at deployment with a finding. Nothing deploys that would deploy but do nothing.
/// </summary>
public static class BpmnCapabilities
{
    public static IReadOnlyList<ElementCapability> Supported { get; } =
    [
        new("startEvent", true, "none start event: at most one per process, exactly one per embedded sub-process; output mappings; zeebe:formDefinition (a start form, kept as metadata; public access refused)"),
        new("startEvent/timerEventDefinition", true, "of a process: date, duration or cycle; the latest version's timers start instances. Of an event sub-process: date, duration, or a cycle when non-interrupting"),
        new("startEvent/messageEventDefinition", true, "of a process: one instance per correlation key while it is active. Of an event sub-process: zeebe:subscription correlationKey, evaluated when its scope is entered"),
        new("startEvent/signalEventDefinition", true, "of a process: every broadcast of the signal starts an instance. Of an event sub-process: every broadcast while its scope runs"),
        new("intermediateCatchEvent/signalEventDefinition", true, "waits for a broadcast of the signal (also after an event-based gateway)"),
        new("boundaryEvent/signalEventDefinition", true, "interrupting or non-interrupting"),
        new("intermediateThrowEvent/signalEventDefinition", true, "broadcasts the signal (static or FEEL name) to every instance and signal start, in the same commit"),
        new("endEvent/signalEventDefinition", true, "broadcasts the signal, then ends"),
        new("intermediateThrowEvent/linkEventDefinition", true, "continues at the link catch event of the same name in its scope"),
        new("intermediateCatchEvent/linkEventDefinition", true, "where a link throw event of its name continues (one per name and scope)"),
        new("endEvent", true, "none end event"),
        new("endEvent/messageEventDefinition", true, "a job (zeebe:taskDefinition type/retries, headers) whose worker sends the message, as for a send task; the token ends when it completes"),
        new("intermediateThrowEvent/messageEventDefinition", true, "a job (zeebe:taskDefinition type/retries, headers) whose worker sends the message, as for a send task"),
        new("endEvent/terminateEventDefinition", true, "terminates the enclosing scope"),
        new("intermediateThrowEvent", true, "none intermediate event (pass-through)"),
        new("intermediateCatchEvent/timerEventDefinition", true, "timeDuration or timeDate (ISO-8601 or FEEL)"),
        new("intermediateCatchEvent/messageEventDefinition", true, "message with zeebe:subscription correlationKey"),
        new("endEvent/errorEventDefinition", true, "throws its error (static or FEEL code) to the error boundary events of the sub-processes around it"),
        new("boundaryEvent/timerEventDefinition", true, "interrupting or non-interrupting, on sub-processes, user and receive tasks and tasks done by a job worker; duration, date, or a cycle (R5/PT10S, R/start/P1D, cron) that a non-interrupting one repeats"),
        new("boundaryEvent/messageEventDefinition", true, "interrupting or non-interrupting, on sub-processes, user and receive tasks and tasks done by a job worker"),
        new("boundaryEvent/errorEventDefinition", true, "interrupting; catches its error code, or every error without one; errors from error end events and from job workers"),
        new("boundaryEvent/compensateEventDefinition", true, "on an activity, with an association to its handler (an activity marked isForCompensation, no flows); each completion of the activity can be undone once"),
        new("intermediateThrowEvent/compensateEventDefinition", true, "runs, all at once, the handlers of what completed in its scope and in the completed sub-processes within it (or only activityRef's), and waits for them"),
        new("endEvent/compensateEventDefinition", true, "compensates as the throw event does, then ends"),
        new("task", true, "undefined task (pass-through)"),
        new("manualTask", true, "pass-through"),
        new("userTask", true, "zeebe:assignmentDefinition, zeebe:taskSchedule, zeebe:formDefinition (formKey, formId with bindingType latest/deployment/versionTag, or externalReference; kept for a form renderer), zeebe:priorityDefinition (0..100 or FEEL, on the task row)"),
        new("serviceTask", true, "zeebe:taskDefinition type/retries, zeebe:taskHeaders, zeebe:ioMapping, zeebe:linkedResources (kept as metadata)"),
        new("sendTask", true, "a job: zeebe:taskDefinition type/retries, zeebe:taskHeaders, zeebe:ioMapping"),
        new("businessRuleTask", true, "zeebe:calledDecision (a deployed DMN decision — decision table or literal expression, with its required decisions — evaluated by the engine: decisionId static or FEEL, resultVariable, bindingType latest or versionTag) or a job (zeebe:taskDefinition)"),
        new("scriptTask", true, "zeebe:script (a FEEL expression and resultVariable, evaluated by the engine) or a job (zeebe:taskDefinition)"),
        new("receiveTask", true, "message with zeebe:subscription correlationKey"),
        new("exclusiveGateway", true, "FEEL conditions and default flow"),
        new("parallelGateway", true, "fork and join"),
        new("inclusiveGateway", true, "forks on every true condition (a flow without one is always taken), else the default flow; joins what can still arrive"),
        new("eventBasedGateway", true, "waits for the timer and message catch events after it; the first to occur wins"),
        new("callActivity", true, "zeebe:calledElement processId (static or FEEL), bindingType latest, versionTag or deployment (a process of the same file, deployed with it), propagateAllParentVariables / propagateAllChildVariables; the child is cancelled with its caller"),
        new("subProcess", true, "embedded sub-process; its input mappings are local variables of everything inside"),
        new("subProcess[triggeredByEvent]", true, "event sub-process of a process or sub-process: one message, timer, signal, error or escalation start event; interrupting (the rest of its scope is terminated) or not (message, timer, signal, escalation)"),
        new("adHocSubProcess", true, "as Camunda 8.8: zeebe:adHoc activeElementsCollection (inner elements without incoming flows, each in an inner instance), completionCondition, cancelRemainingInstances, outputCollection/outputElement, adHocSubProcessElements; or a job worker (zeebe:taskDefinition) that activates elements and completes it; no start or end events inside, event sub-processes inside not yet"),
        new("startEvent/errorEventDefinition", true, "of an event sub-process: catches its error code, or every error without one, thrown in its scope (before the boundary events of the scope)"),
        new("startEvent/escalationEventDefinition", true, "of an event sub-process: interrupting or not; catches its escalation code, or every escalation without one"),
        new("intermediateThrowEvent/escalationEventDefinition", true, "throws its escalation (static or FEEL code) to the sub-processes around it; uncaught or caught without interrupting, the token goes on"),
        new("endEvent/escalationEventDefinition", true, "throws its escalation, then ends"),
        new("boundaryEvent/escalationEventDefinition", true, "on sub-processes and call activities, interrupting or not; catches its escalation code, or every escalation without one"),
        new("zeebe:ioMapping", true, "on tasks, events and sub-processes (no inputs on start and boundary events): inputs are the element's local variables, outputs propagate outwards"),
        new("multiInstanceLoopCharacteristics", true, "on tasks and sub-processes, parallel or sequential: zeebe:loopCharacteristics inputCollection/inputElement/outputCollection/outputElement, completionCondition, loopCounter and numberOf… variables"),
        new("sequenceFlow", true, "conditions only on flows leaving an exclusive or inclusive gateway"),
        new("zeebe:executionListeners", true, "start (before activation, after inputs) and end (after outputs, before leaving) jobs on tasks, events, sub-processes, call activities and the process; gateways start only, start and boundary events end only, error end events start only"),
        new("zeebe:taskListeners", true, "on Camunda user tasks (zeebe:userTask), each a job, in order, holding the transition back: creating (before the task is offered), assigning (claim, unclaim, assign, the model's assignee), updating (candidates, dates, priority) and completing may correct the task; assigning, updating and completing may deny; canceling runs once the element is terminated (it does not hold the termination back); deprecated names create, assignment, update, complete, cancel accepted"),
    ];

    public static IReadOnlyList<ElementCapability> Rejected { get; } =
    [
        new("complexGateway", false, "not in version 1"),
        new("transaction", false, "not in version 1"),
        new("standardLoopCharacteristics", false, "standard loops are not run by Camunda 8; use multi-instance"),
        new("error or escalation start event outside an event sub-process", false, "refused, as Camunda 8 refuses them"),
        new("conditionalEventDefinition", false, "conditional events are not in version 1"),
        new("cancelEventDefinition", false, "cancel events are not in version 1"),
        new("extensionElements (non-Zeebe)", false, "Camunda 7, Activiti and Flowable extensions are refused (their meaning would be lost); other tools' metadata is kept and ignored"),
    ];

    /// <summary>True when the BPMN element name (local name, e.g. "userTask") can execute in some form.</summary>
    public static bool IsExecutable(string element) => Supported.Any(c => c.Element == element || c.Element.StartsWith(element + "/", StringComparison.Ordinal));
}
