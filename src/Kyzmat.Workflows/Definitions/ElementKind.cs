namespace Kyzmat.Workflows.Definitions;

/// <summary>The kinds of BPMN element that the engine executes.</summary>
public enum ElementKind
{
    StartEvent,
    EndEvent,
    TerminateEndEvent,
    IntermediateThrowEvent,
    TimerCatchEvent,
    MessageCatchEvent,
    TimerBoundaryEvent,
    MessageBoundaryEvent,
    Task,
    ManualTask,
    UserTask,
    ServiceTask,
    ReceiveTask,
    ExclusiveGateway,
    ParallelGateway,
    SubProcess,
    SendTask,
    BusinessRuleTask,
    ScriptTask,
    ErrorBoundaryEvent,
    ErrorEndEvent,
    EventBasedGateway,
    InclusiveGateway,
    CallActivity,
    TimerStartEvent,
    MessageStartEvent,
}
