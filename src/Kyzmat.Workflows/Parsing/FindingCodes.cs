namespace Kyzmat.Workflows.Parsing;

/// <summary>The stable codes of <see cref="Finding"/>.</summary>
public static class FindingCodes
{
    public const string XmlMalformed = "XML_MALFORMED";
    public const string XmlDtdProhibited = "XML_DTD_PROHIBITED";
    public const string FileTooLarge = "FILE_TOO_LARGE";
    public const string NotBpmn = "NOT_BPMN";
    public const string NoExecutableProcess = "NO_EXECUTABLE_PROCESS";
    public const string UnsupportedElement = "UNSUPPORTED_ELEMENT";
    public const string UnsupportedEventDefinition = "UNSUPPORTED_EVENT_DEFINITION";
    public const string UnsupportedExtension = "UNSUPPORTED_EXTENSION";
    public const string UnknownNamespace = "UNKNOWN_NAMESPACE";
    public const string MissingId = "MISSING_ID";
    public const string DuplicateId = "DUPLICATE_ID";
    public const string StartEventMissing = "START_EVENT_MISSING";
    public const string StartEventMultiple = "START_EVENT_MULTIPLE";
    public const string FlowInvalid = "FLOW_INVALID";
    public const string ConditionMissing = "CONDITION_MISSING";
    public const string ConditionUnsupported = "CONDITION_UNSUPPORTED";
    public const string DefaultFlowInvalid = "DEFAULT_FLOW_INVALID";
    public const string ExpressionInvalid = "EXPRESSION_INVALID";
    public const string TaskTypeMissing = "TASK_TYPE_MISSING";
    public const string DecisionUnsupported = "DECISION_UNSUPPORTED";
    public const string NotDmn = "NOT_DMN";
    public const string DecisionInvalid = "DECISION_INVALID";
    public const string DecisionCycle = "DECISION_CYCLE";
    public const string RetriesInvalid = "RETRIES_INVALID";
    public const string TimerInvalid = "TIMER_INVALID";
    public const string MessageInvalid = "MESSAGE_INVALID";
    public const string ErrorInvalid = "ERROR_INVALID";
    public const string SignalInvalid = "SIGNAL_INVALID";
    public const string LinkInvalid = "LINK_INVALID";
    public const string MultiInstanceInvalid = "MULTI_INSTANCE_INVALID";
    public const string CalledElementInvalid = "CALLED_ELEMENT_INVALID";
    public const string CalledDecisionInvalid = "CALLED_DECISION_INVALID";
    public const string BoundaryInvalid = "BOUNDARY_INVALID";
    public const string CompensationInvalid = "COMPENSATION_INVALID";
    public const string ListenerInvalid = "LISTENER_INVALID";
    public const string ListenerUnsupported = "LISTENER_UNSUPPORTED";
    public const string AdHocInvalid = "AD_HOC_INVALID";
    public const string FormInvalid = "FORM_INVALID";
    public const string PriorityInvalid = "PRIORITY_INVALID";
    public const string EscalationInvalid = "ESCALATION_INVALID";
    public const string EventSubProcessInvalid = "EVENT_SUB_PROCESS_INVALID";
}
