using System.Xml.Linq;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;
using Kyzmat.Workflows.Timers;

namespace Kyzmat.Workflows.Parsing;

/// <summary>Reads one BPMN flow node into a <see cref="BpmnElement"/>, or records why it is refused.</summary>
internal sealed class ElementReader
{
    private readonly XElement _definitions;
    private readonly List<Finding> _findings;

    public ElementReader(XElement definitions, List<Finding> findings)
    {
        _definitions = definitions;
        _findings = findings;
    }

    private static readonly HashSet<string> MultiInstanceHosts =
    [
        "task", "manualTask", "userTask", "serviceTask", "sendTask", "businessRuleTask", "scriptTask", "receiveTask", "subProcess", "callActivity", "adHocSubProcess",
    ];

    public SequenceFlow ReadFlow(XElement flow, string id)
    {
        var condition = flow.Element(BpmnNamespaces.Bpmn + "conditionExpression")?.Value.Trim();
        if (condition is not null && condition.StartsWith('='))
        {
            condition = condition[1..];
        }

        return new SequenceFlow(id, flow.Attribute("sourceRef")?.Value ?? "", flow.Attribute("targetRef")?.Value ?? "",
            string.IsNullOrWhiteSpace(condition) ? null : condition);
    }

    /// <param name="inEventSubProcess">The node is directly inside an event sub-process (whose start event it may be).</param>
    public BpmnElement? Read(XElement node, string id, string? parentId, bool inEventSubProcess = false)
    {
        var tag = node.Name.LocalName;
        var loop = node.Elements().FirstOrDefault(e => e.Name.LocalName.EndsWith("LoopCharacteristics", StringComparison.Ordinal));
        if (loop is not null && (loop.Name.LocalName != "multiInstanceLoopCharacteristics" || !MultiInstanceHosts.Contains(tag)))
        {
            Reject(id, FindingCodes.UnsupportedElement, loop.Name.LocalName == "multiInstanceLoopCharacteristics"
                ? $"Multi-instance is supported on tasks and sub-processes, not on '{tag}'."
                : $"'{loop.Name.LocalName}' on '{tag}' is not supported: Camunda 8 runs multi-instance, not standard loops.");
            return null;
        }

        var multiInstance = loop is null ? null : MultiInstanceReader.Read(id, loop, _findings);

        var definitions = node.Elements().Where(e => e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)).ToList();
        if (definitions.Count > 1)
        {
            Reject(id, FindingCodes.UnsupportedEventDefinition, "Events with more than one event definition are not supported.");
            return null;
        }

        var definition = definitions.FirstOrDefault()?.Name.LocalName;
        var eventStartAllowed = parentId is null || inEventSubProcess;
        var triggeredByEvent = (string?)node.Attribute("triggeredByEvent") == "true";
        ElementKind? kind = (tag, definition) switch
        {
            ("startEvent", null) => ElementKind.StartEvent,
            ("startEvent", "timerEventDefinition") when eventStartAllowed => ElementKind.TimerStartEvent,
            ("startEvent", "messageEventDefinition") when eventStartAllowed => ElementKind.MessageStartEvent,
            ("startEvent", "signalEventDefinition") when eventStartAllowed => ElementKind.SignalStartEvent,
            ("startEvent", "errorEventDefinition") when inEventSubProcess => ElementKind.ErrorStartEvent,
            ("startEvent", "escalationEventDefinition") when inEventSubProcess => ElementKind.EscalationStartEvent,
            ("intermediateThrowEvent", "escalationEventDefinition") => ElementKind.EscalationThrowEvent,
            ("endEvent", "escalationEventDefinition") => ElementKind.EscalationEndEvent,
            ("boundaryEvent", "escalationEventDefinition") => ElementKind.EscalationBoundaryEvent,
            ("intermediateCatchEvent", "signalEventDefinition") => ElementKind.SignalCatchEvent,
            ("boundaryEvent", "signalEventDefinition") => ElementKind.SignalBoundaryEvent,
            ("intermediateThrowEvent", "signalEventDefinition") => ElementKind.SignalThrowEvent,
            ("endEvent", "signalEventDefinition") => ElementKind.SignalEndEvent,
            ("intermediateThrowEvent", "linkEventDefinition") => ElementKind.LinkThrowEvent,
            ("intermediateCatchEvent", "linkEventDefinition") => ElementKind.LinkCatchEvent,
            ("intermediateThrowEvent", "messageEventDefinition") => ElementKind.MessageThrowEvent,
            ("endEvent", "messageEventDefinition") => ElementKind.MessageEndEvent,
            ("endEvent", null) => ElementKind.EndEvent,
            ("endEvent", "terminateEventDefinition") => ElementKind.TerminateEndEvent,
            ("intermediateThrowEvent", null) => ElementKind.IntermediateThrowEvent,
            ("intermediateCatchEvent", "timerEventDefinition") => ElementKind.TimerCatchEvent,
            ("intermediateCatchEvent", "messageEventDefinition") => ElementKind.MessageCatchEvent,
            ("boundaryEvent", "timerEventDefinition") => ElementKind.TimerBoundaryEvent,
            ("boundaryEvent", "messageEventDefinition") => ElementKind.MessageBoundaryEvent,
            ("boundaryEvent", "errorEventDefinition") => ElementKind.ErrorBoundaryEvent,
            ("endEvent", "errorEventDefinition") => ElementKind.ErrorEndEvent,
            ("boundaryEvent", "compensateEventDefinition") => ElementKind.CompensationBoundaryEvent,
            ("intermediateThrowEvent", "compensateEventDefinition") => ElementKind.CompensationThrowEvent,
            ("endEvent", "compensateEventDefinition") => ElementKind.CompensationEndEvent,
            ("task", null) => ElementKind.Task,
            ("manualTask", null) => ElementKind.ManualTask,
            ("userTask", null) => ElementKind.UserTask,
            ("serviceTask", null) => ElementKind.ServiceTask,
            ("sendTask", null) => ElementKind.SendTask,
            ("businessRuleTask", null) => ElementKind.BusinessRuleTask,
            ("scriptTask", null) => ElementKind.ScriptTask,
            ("receiveTask", null) => ElementKind.ReceiveTask,
            ("exclusiveGateway", null) => ElementKind.ExclusiveGateway,
            ("parallelGateway", null) => ElementKind.ParallelGateway,
            ("eventBasedGateway", null) => ElementKind.EventBasedGateway,
            ("inclusiveGateway", null) => ElementKind.InclusiveGateway,
            ("callActivity", null) => ElementKind.CallActivity,
            ("subProcess", null) => triggeredByEvent ? ElementKind.EventSubProcess : ElementKind.SubProcess,
            ("adHocSubProcess", null) => ElementKind.AdHocSubProcess,
            _ => null,
        };
        if (kind is null)
        {
            var what = definition is null ? $"'{tag}'" : $"'{tag}' with '{definition}'";
            if (tag == "startEvent" && definition is "errorEventDefinition" or "escalationEventDefinition")
            {
                what = $"An {(definition == "errorEventDefinition" ? "error" : "escalation")} start event outside an event sub-process";
            }

            Reject(id, definition is null ? FindingCodes.UnsupportedElement : FindingCodes.UnsupportedEventDefinition,
                $"{what} is not in the executable subset (see the capability contract).");
            return null;
        }

        var zeebe = new ZeebeReader(node, id, _findings);
        zeebe.CheckAllowed(kind.Value);
        // An event sub-process's message start listens in a running instance, so it needs a correlation key as a catch event does.
        var startsEventSubProcess = inEventSubProcess && tag == "startEvent";
        var isInterrupting = (string?)node.Attribute("isInterrupting") != "false";
        var (messageName, correlationKey) = kind is ElementKind.MessageCatchEvent or ElementKind.MessageBoundaryEvent or ElementKind.ReceiveTask
            || (kind == ElementKind.MessageStartEvent && startsEventSubProcess)
            ? ReadMessage(id, kind == ElementKind.ReceiveTask ? node : definitions[0])
            : kind == ElementKind.MessageStartEvent ? (ReadStartMessage(id, definitions[0]), null) : (null, null);
        var timer = kind is ElementKind.TimerCatchEvent or ElementKind.TimerBoundaryEvent or ElementKind.TimerStartEvent
            ? ReadTimer(id, definitions[0], cycleRefusal: kind == ElementKind.TimerCatchEvent
                ? "An intermediate timer catch event waits for a duration or a date, not a cycle (as in Camunda 8)."
                : startsEventSubProcess && isInterrupting ? "An interrupting timer start event fires once, so it cannot have a cycle (as in Camunda 8)." : null)
            : null;

        var errorCode = kind is ElementKind.ErrorBoundaryEvent or ElementKind.ErrorEndEvent or ElementKind.ErrorStartEvent
            ? ReadErrorCode(id, definitions[0], thrown: kind == ElementKind.ErrorEndEvent)
            : null;
        var escalationCode = kind is ElementKind.EscalationThrowEvent or ElementKind.EscalationEndEvent or ElementKind.EscalationBoundaryEvent or ElementKind.EscalationStartEvent
            ? ReadEscalationCode(id, definitions[0], thrown: kind is ElementKind.EscalationThrowEvent or ElementKind.EscalationEndEvent)
            : null;
        if (startsEventSubProcess && !isInterrupting && kind is not (ElementKind.TimerStartEvent or ElementKind.MessageStartEvent
            or ElementKind.SignalStartEvent or ElementKind.EscalationStartEvent))
        {
            Reject(id, FindingCodes.EventSubProcessInvalid, "Only timer, message, signal and escalation start events of an event sub-process may be non-interrupting (as in Camunda 8).");
        }

        if (kind == ElementKind.ErrorBoundaryEvent && (string?)node.Attribute("cancelActivity") == "false")
        {
            Reject(id, FindingCodes.BoundaryInvalid, "An error boundary event always interrupts its activity (cancelActivity cannot be false).");
        }
        if (kind is ElementKind.CompensationThrowEvent or ElementKind.CompensationEndEvent && (string?)definitions[0].Attribute("waitForCompletion") == "false")
        {
            Reject(id, FindingCodes.CompensationInvalid, "A compensation event always waits for its handlers (waitForCompletion cannot be false), as in Camunda 8.");
        }

        var type = zeebe.Expression("taskDefinition", "type");
        var script = kind == ElementKind.ScriptTask ? ReadScript(id, zeebe) : null;
        CheckJobWorkerTask(id, kind.Value, tag, type, zeebe);

        var retries = 3;
        var retriesText = zeebe.Attribute("taskDefinition", "retries");
        if (retriesText is not null && (!int.TryParse(retriesText, out retries) || retries < 1))
        {
            Reject(id, FindingCodes.RetriesInvalid, $"zeebe:taskDefinition retries '{retriesText}' is not a positive whole number.");
        }

        var adHoc = kind == ElementKind.AdHocSubProcess ? ReadAdHoc(id, node, zeebe, type) : null;
        var form = zeebe.Has("formDefinition") ? ReadForm(id, zeebe) : null;
        if (kind == ElementKind.StartEvent && parentId is null && IsPublicAccess(zeebe))
        {
            Reject(id, FindingCodes.FormInvalid, "Start event forms with public access are not supported (as in Camunda 8).");
        }

        var inputs = zeebe.Mappings("input");
        if (inputs.Count > 0 && kind is ElementKind.StartEvent or ElementKind.TimerStartEvent or ElementKind.MessageStartEvent or ElementKind.SignalStartEvent
            or ElementKind.ErrorStartEvent or ElementKind.EscalationStartEvent
            or ElementKind.TimerBoundaryEvent or ElementKind.MessageBoundaryEvent or ElementKind.ErrorBoundaryEvent or ElementKind.SignalBoundaryEvent
            or ElementKind.EscalationBoundaryEvent or ElementKind.CompensationBoundaryEvent)
        {
            Reject(id, FindingCodes.ExpressionInvalid, "Start and boundary events take no input mappings (as in Camunda 8); map their outputs instead.");
        }

        return new BpmnElement(id, kind.Value)
        {
            Name = node.Attribute("name")?.Value,
            ParentId = parentId,
            DefaultFlowId = node.Attribute("default")?.Value,
            TaskType = type,
            Retries = retries,
            Headers = zeebe.Headers(),
            Inputs = inputs,
            Outputs = zeebe.Mappings("output"),
            Assignee = zeebe.Expression("assignmentDefinition", "assignee"),
            CandidateGroups = zeebe.Expression("assignmentDefinition", "candidateGroups"),
            CandidateUsers = zeebe.Expression("assignmentDefinition", "candidateUsers"),
            DueDate = zeebe.Expression("taskSchedule", "dueDate"),
            FollowUpDate = zeebe.Expression("taskSchedule", "followUpDate"),
            FormKey = form is null ? null : form.FormKey ?? form.FormId ?? form.ExternalReference,
            Form = form,
            Priority = kind == ElementKind.UserTask ? ReadPriority(id, zeebe) : null,
            LinkedResources = ReadLinkedResources(id, zeebe),
            Timer = timer,
            Script = script,
            AdHoc = adHoc,
            Documentation = NullIfBlank(node.Element(BpmnNamespaces.Bpmn + "documentation")?.Value),
            Properties = ReadProperties(zeebe),
            MultiInstance = multiInstance,
            CalledElement = kind == ElementKind.CallActivity ? ReadCalledElement(id, zeebe) : null,
            CalledDecision = kind == ElementKind.BusinessRuleTask ? ReadCalledDecision(id, zeebe) : null,
            ErrorCode = errorCode,
            EscalationCode = escalationCode,
            StartsEventSubProcess = startsEventSubProcess,
            IsInterrupting = isInterrupting,
            LinkName = kind is ElementKind.LinkThrowEvent or ElementKind.LinkCatchEvent ? definitions[0].Attribute("name")?.Value : null,
            SignalName = kind is ElementKind.SignalStartEvent or ElementKind.SignalCatchEvent or ElementKind.SignalBoundaryEvent
                or ElementKind.SignalThrowEvent or ElementKind.SignalEndEvent
                ? ReadSignal(id, definitions[0], thrown: kind is ElementKind.SignalThrowEvent or ElementKind.SignalEndEvent)
                : null,
            MessageName = messageName,
            CorrelationKey = correlationKey,
            AttachedToId = node.Attribute("attachedToRef")?.Value,
            CompensationHandlerId = kind == ElementKind.CompensationBoundaryEvent ? AssociatedFrom(id) : null,
            IsForCompensation = (string?)node.Attribute("isForCompensation") == "true",
            CompensateActivityRef = kind is ElementKind.CompensationThrowEvent or ElementKind.CompensationEndEvent
                ? definitions[0].Attribute("activityRef")?.Value
                : null,
            ExecutionListeners = ListenerReader.ReadExecutionListeners(node, id, kind, _findings),
            TaskListeners = kind == ElementKind.UserTask ? ListenerReader.ReadTaskListeners(node, id, zeebe.Has("userTask"), _findings) : [],
            CancelActivity = (string?)node.Attribute("cancelActivity") != "false",
        };
    }

    /// <summary>
    /// A job worker's task needs the job's type. A business rule task may instead call a DMN decision, which the engine
    /// evaluates (not both, as Zeebe checks); a script task may instead carry a FEEL script the engine evaluates.
    /// </summary>
    private void CheckJobWorkerTask(string id, ElementKind kind, string tag, string? type, ZeebeReader zeebe)
    {
        if (kind == ElementKind.BusinessRuleTask && zeebe.Has("calledDecision"))
        {
            if (zeebe.Has("taskDefinition"))
            {
                Reject(id, FindingCodes.CalledDecisionInvalid,
                    "A business rule task has either a zeebe:calledDecision (the engine evaluates the decision) or a zeebe:taskDefinition (a job worker does), not both.");
            }

            return;
        }

        var needsType = kind is ElementKind.ServiceTask or ElementKind.SendTask or ElementKind.BusinessRuleTask
                or ElementKind.MessageThrowEvent or ElementKind.MessageEndEvent
            || (kind == ElementKind.ScriptTask && !zeebe.Has("script"));
        if (needsType && string.IsNullOrWhiteSpace(type))
        {
            Reject(id, FindingCodes.TaskTypeMissing, kind switch
            {
                ElementKind.ScriptTask => "A script task needs a zeebe:script (a FEEL expression and a result variable) or a zeebe:taskDefinition with a type.",
                ElementKind.MessageThrowEvent or ElementKind.MessageEndEvent =>
                    $"A message {(kind == ElementKind.MessageEndEvent ? "end" : "throw")} event needs a zeebe:taskDefinition with a type: a job worker sends the message, as for a send task (zeebe:publishMessage is not executed).",
                _ => $"A {tag} needs a zeebe:taskDefinition with a type.",
            });
        }
    }

    /// <summary>
    /// zeebe:formDefinition as Camunda 8 checks it: exactly one of formKey, formId and externalReference; a bindingType
    /// (latest, deployment, versionTag with a versionTag) only for a linked form (formId). The form is metadata.
    /// </summary>
    private FormDefinition? ReadForm(string id, ZeebeReader zeebe)
    {
        static string? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        var formKey = Value(zeebe.Attribute("formDefinition", "formKey"));
        var formId = Value(zeebe.Attribute("formDefinition", "formId"));
        var external = Value(zeebe.Attribute("formDefinition", "externalReference"));
        var binding = zeebe.Attribute("formDefinition", "bindingType");
        var versionTag = Value(zeebe.Attribute("formDefinition", "versionTag"));
        if (new[] { formKey, formId, external }.Count(v => v is not null) != 1)
        {
            Reject(id, FindingCodes.FormInvalid, "A zeebe:formDefinition needs exactly one of formKey, formId and externalReference.");
            return null;
        }

        if (binding is not null && formId is null)
        {
            Reject(id, FindingCodes.FormInvalid, "A zeebe:formDefinition bindingType applies to a linked form (formId) only.");
            return null;
        }

        if (binding is not (null or "latest" or "deployment" or "versionTag") || (binding == "versionTag" && versionTag is null))
        {
            Reject(id, FindingCodes.FormInvalid, binding == "versionTag"
                ? "A zeebe:formDefinition with bindingType 'versionTag' needs a versionTag."
                : $"bindingType '{binding}' is not one of latest, deployment, versionTag.");
            return null;
        }

        return new FormDefinition(formKey, formId, external, binding ?? "latest", binding == "versionTag" ? versionTag : null);
    }

    private static bool IsPublicAccess(ZeebeReader zeebe) =>
        zeebe.Element("properties")?.Elements(BpmnNamespaces.Zeebe + "property")
            .Any(p => (string?)p.Attribute("name") == "publicAccess" && string.Equals((string?)p.Attribute("value"), "true", StringComparison.OrdinalIgnoreCase)) == true;

    /// <summary>A user task's priority: a whole number from 0 to 100, or a FEEL expression checked when the task is created.</summary>
    private string? ReadPriority(string id, ZeebeReader zeebe)
    {
        if (!zeebe.Has("priorityDefinition"))
        {
            return null;
        }

        var priority = zeebe.Expression("priorityDefinition", "priority")?.Trim();
        if (string.IsNullOrEmpty(priority))
        {
            // As in Zeebe's model, an empty zeebe:priorityDefinition means the default priority (50).
            return null;
        }

        if (!FeelExpression.IsExpression(priority) && (!int.TryParse(priority, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            || value is < 0 or > 100))
        {
            Reject(id, FindingCodes.PriorityInvalid, $"The priority '{priority}' is not a whole number from 0 to 100.");
            return null;
        }

        return priority;
    }

    private IReadOnlyList<LinkedResource> ReadLinkedResources(string id, ZeebeReader zeebe)
    {
        var result = new List<LinkedResource>();
        foreach (var resource in zeebe.Element("linkedResources")?.Elements() ?? [])
        {
            var resourceId = resource.Attribute("resourceId")?.Value;
            var resourceType = resource.Attribute("resourceType")?.Value;
            var binding = resource.Attribute("bindingType")?.Value ?? "latest";
            var versionTag = resource.Attribute("versionTag")?.Value;
            if (resource.Name != BpmnNamespaces.Zeebe + "linkedResource" || string.IsNullOrWhiteSpace(resourceId) || string.IsNullOrWhiteSpace(resourceType)
                || binding is not ("latest" or "deployment" or "versionTag") || (binding == "versionTag" && string.IsNullOrWhiteSpace(versionTag)))
            {
                Reject(id, FindingCodes.UnsupportedExtension,
                    "A zeebe:linkedResource needs a resourceId and a resourceType, and a bindingType of latest, deployment or versionTag (with a versionTag).");
                continue;
            }

            result.Add(new LinkedResource(resourceId, resourceType, resource.Attribute("linkName")?.Value, binding, binding == "versionTag" ? versionTag : null));
        }

        return result;
    }

    /// <summary>
    /// An ad-hoc sub-process's zeebe:adHoc, bpmn:completionCondition and cancelRemainingInstances, refused where Zeebe's
    /// validator refuses them: outputCollection without outputElement (or the reverse), and with a zeebe:taskDefinition
    /// (a job worker decides) an activeElementsCollection, a completionCondition or cancelRemainingInstances="false".
    /// </summary>
    private AdHocDefinition? ReadAdHoc(string id, XElement node, ZeebeReader zeebe, string? type)
    {
        var active = NullIfBlank(zeebe.Attribute("adHoc", "activeElementsCollection"));
        var outputCollection = NullIfBlank(zeebe.Attribute("adHoc", "outputCollection"));
        var outputElement = NullIfBlank(zeebe.Attribute("adHoc", "outputElement"));
        var completion = NullIfBlank(node.Element(BpmnNamespaces.Bpmn + "completionCondition")?.Value);
        var cancelRemaining = (string?)node.Attribute("cancelRemainingInstances") != "false";
        var isJobWorker = zeebe.Has("taskDefinition");
        var before = _findings.Count;
        foreach (var (what, expression) in new[] { ("activeElementsCollection", active), ("outputElement", outputElement), ("completionCondition", completion) })
        {
            if (expression is not null && FeelExpression.Check(expression) is { } error)
            {
                Reject(id, FindingCodes.ExpressionInvalid, $"The ad-hoc sub-process's {what} '{expression}' is invalid: {error}");
            }
        }

        if ((outputCollection is null) != (outputElement is null))
        {
            Reject(id, FindingCodes.AdHocInvalid, "zeebe:adHoc needs both outputCollection and outputElement, or neither (as in Camunda 8).");
        }

        if (isJobWorker)
        {
            if (string.IsNullOrWhiteSpace(type))
            {
                Reject(id, FindingCodes.TaskTypeMissing, "An ad-hoc sub-process's zeebe:taskDefinition needs a type.");
            }

            foreach (var (present, what) in new[] { (active is not null, "activeElementsCollection"), (completion is not null, "completionCondition"), (!cancelRemaining, "cancelRemainingInstances") })
            {
                if (present)
                {
                    Reject(id, FindingCodes.AdHocInvalid, $"An ad-hoc sub-process with a zeebe:taskDefinition must not define {what}: its job worker decides (as in Camunda 8).");
                }
            }
        }

        return _findings.Count == before ? new AdHocDefinition(active, completion, cancelRemaining, outputCollection, outputElement, isJobWorker) : null;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IReadOnlyDictionary<string, string> ReadProperties(ZeebeReader zeebe) =>
        (zeebe.Element("properties")?.Elements(BpmnNamespaces.Zeebe + "property") ?? [])
            .Where(p => p.Attribute("name") is not null)
            .GroupBy(p => p.Attribute("name")!.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Attribute("value")?.Value ?? "", StringComparer.Ordinal);

    private CalledElementDefinition? ReadCalledElement(string id, ZeebeReader zeebe)
    {
        var processId = zeebe.Expression("calledElement", "processId");
        var binding = zeebe.Attribute("calledElement", "bindingType") ?? "latest";
        var versionTag = zeebe.Attribute("calledElement", "versionTag");
        if (processId is null)
        {
            Reject(id, FindingCodes.CalledElementInvalid, "A call activity needs a zeebe:calledElement with the processId of the process it calls.");
            return null;
        }

        if (binding is not ("latest" or "versionTag" or "deployment") || (binding == "versionTag" && string.IsNullOrWhiteSpace(versionTag)))
        {
            Reject(id, FindingCodes.CalledElementInvalid, $"bindingType '{binding}' is not one the engine knows: 'latest', 'deployment', or 'versionTag' with a versionTag.");
            return null;
        }

        return new CalledElementDefinition(processId, binding, versionTag,
            zeebe.Attribute("calledElement", "propagateAllParentVariables") != "false",
            zeebe.Attribute("calledElement", "propagateAllChildVariables") != "false");
    }

    /// <summary>
    /// zeebe:calledDecision as Zeebe checks it: a decisionId (static or '=FEEL') and a resultVariable; bindingType latest
    /// or versionTag (with a versionTag). Binding 'deployment' is refused: a DMN file is deployed on its own here, never
    /// in the same deployment as the process.
    /// </summary>
    private CalledDecisionDefinition? ReadCalledDecision(string id, ZeebeReader zeebe)
    {
        if (!zeebe.Has("calledDecision"))
        {
            return null;
        }

        var decisionId = zeebe.Expression("calledDecision", "decisionId");
        var resultVariable = zeebe.Attribute("calledDecision", "resultVariable");
        var binding = zeebe.Attribute("calledDecision", "bindingType") ?? "latest";
        var versionTag = zeebe.Attribute("calledDecision", "versionTag");
        if (decisionId is null || string.IsNullOrWhiteSpace(resultVariable))
        {
            Reject(id, FindingCodes.CalledDecisionInvalid, "A zeebe:calledDecision needs a decisionId and a resultVariable.");
            return null;
        }

        if (binding == "deployment")
        {
            Reject(id, FindingCodes.CalledDecisionInvalid,
                "zeebe:calledDecision bindingType 'deployment' needs the DMN in the same deployment as the process; Kyzmat deploys one file at a time, so bind to 'latest' or a 'versionTag'.");
            return null;
        }

        if (binding is not ("latest" or "versionTag") || (binding == "versionTag" && string.IsNullOrWhiteSpace(versionTag)))
        {
            Reject(id, FindingCodes.CalledDecisionInvalid, $"bindingType '{binding}' is not one the engine knows: 'latest', or 'versionTag' with a versionTag.");
            return null;
        }

        return new CalledDecisionDefinition(decisionId.Trim(), resultVariable.Trim(), binding, binding == "versionTag" ? versionTag!.Trim() : null);
    }

    private ScriptDefinition? ReadScript(string id, ZeebeReader zeebe)
    {
        if (!zeebe.Has("script"))
        {
            return null;
        }

        var expression = zeebe.Attribute("script", "expression");
        var resultVariable = zeebe.Attribute("script", "resultVariable");
        if (string.IsNullOrWhiteSpace(expression) || string.IsNullOrWhiteSpace(resultVariable))
        {
            Reject(id, FindingCodes.ExpressionInvalid, "A zeebe:script needs an expression and a resultVariable.");
            return null;
        }

        if (FeelExpression.Check(expression) is { } error)
        {
            Reject(id, FindingCodes.ExpressionInvalid, $"The script '{expression}' is invalid: {error}");
            return null;
        }

        return new ScriptDefinition(expression, resultVariable);
    }

    /// <summary>
    /// The code of the bpmn:error an error event references. A thrown error needs one (static or FEEL); a catching
    /// event without a reference, or referencing an error without a code, catches every error.
    /// </summary>
    private string? ReadErrorCode(string id, XElement definition, bool thrown)
    {
        var errorRef = definition.Attribute("errorRef")?.Value;
        var error = errorRef is null ? null : _definitions.Elements(BpmnNamespaces.Bpmn + "error").FirstOrDefault(e => (string?)e.Attribute("id") == errorRef);
        if (errorRef is not null && error is null)
        {
            Reject(id, FindingCodes.ErrorInvalid, $"The error '{errorRef}' the event refers to does not exist.");
            return null;
        }

        var code = error?.Attribute("errorCode")?.Value;
        if (string.IsNullOrWhiteSpace(code))
        {
            if (thrown)
            {
                Reject(id, FindingCodes.ErrorInvalid, "An error end event needs an error with an errorCode.");
            }

            return null;
        }

        if (FeelExpression.IsExpression(code) && (!thrown || FeelExpression.Check(code) is not null))
        {
            Reject(id, FindingCodes.ErrorInvalid, thrown
                ? $"The error code '{code}' is not a valid expression: {FeelExpression.Check(code)}"
                : "A catching error event's errorCode must be static, as in Camunda 8.");
            return null;
        }

        return code;
    }

    /// <summary>
    /// The code of the bpmn:escalation an escalation event references, as Camunda 8 reads it: a thrown escalation needs a
    /// reference to one with a code (static or FEEL); a catching event without a reference catches every escalation, and
    /// its code cannot be an expression.
    /// </summary>
    private string? ReadEscalationCode(string id, XElement definition, bool thrown)
    {
        var escalationRef = definition.Attribute("escalationRef")?.Value;
        var escalation = escalationRef is null ? null
            : _definitions.Elements(BpmnNamespaces.Bpmn + "escalation").FirstOrDefault(e => (string?)e.Attribute("id") == escalationRef);
        if (escalationRef is not null && escalation is null)
        {
            Reject(id, FindingCodes.EscalationInvalid, $"The escalation '{escalationRef}' the event refers to does not exist.");
            return null;
        }

        var code = escalation?.Attribute("escalationCode")?.Value;
        if (string.IsNullOrWhiteSpace(code))
        {
            if (thrown)
            {
                Reject(id, FindingCodes.EscalationInvalid, "An escalation throw or end event needs an escalation with an escalationCode.");
            }

            return null;
        }

        if (FeelExpression.IsExpression(code) && (!thrown || FeelExpression.Check(code) is not null))
        {
            Reject(id, FindingCodes.EscalationInvalid, thrown
                ? $"The escalation code '{code}' is not a valid expression: {FeelExpression.Check(code)}"
                : "A catching escalation event's escalationCode must be static, as in Camunda 8.");
            return null;
        }

        return code;
    }

    /// <summary>The name of the bpmn:signal a signal event refers to; only a thrown signal's may be an expression.</summary>
    private string? ReadSignal(string id, XElement definition, bool thrown)
    {
        var signalRef = definition.Attribute("signalRef")?.Value;
        var name = _definitions.Elements(BpmnNamespaces.Bpmn + "signal").FirstOrDefault(s => (string?)s.Attribute("id") == signalRef)?.Attribute("name")?.Value;
        if (string.IsNullOrWhiteSpace(name))
        {
            Reject(id, FindingCodes.SignalInvalid, "A signal event needs a signal with a name.");
            return null;
        }

        if (FeelExpression.IsExpression(name) && (!thrown || FeelExpression.Check(name) is not null))
        {
            Reject(id, FindingCodes.SignalInvalid, thrown
                ? $"The signal name '{name}' is not a valid expression: {FeelExpression.Check(name)}"
                : "A catching signal event's name must be static, as in Camunda 8.");
            return null;
        }

        return name;
    }

    /// <summary>A message start event's message: a name; no correlation key is read (the published message's is kept).</summary>
    private string? ReadStartMessage(string id, XElement definition)
    {
        var messageRef = definition.Attribute("messageRef")?.Value;
        var name = _definitions.Elements(BpmnNamespaces.Bpmn + "message").FirstOrDefault(m => (string?)m.Attribute("id") == messageRef)?.Attribute("name")?.Value;
        if (string.IsNullOrWhiteSpace(name))
        {
            Reject(id, FindingCodes.MessageInvalid, "A message start event needs a message with a name.");
            return null;
        }

        if (FeelExpression.IsExpression(name))
        {
            Reject(id, FindingCodes.MessageInvalid, "A message start event's message name must be static: nothing is there yet for an expression to read.");
            return null;
        }

        return name;
    }

    private (string? Name, string? Key) ReadMessage(string id, XElement holder)
    {
        var messageRef = holder.Attribute("messageRef")?.Value;
        var message = _definitions.Elements(BpmnNamespaces.Bpmn + "message").FirstOrDefault(m => (string?)m.Attribute("id") == messageRef);
        var name = message?.Attribute("name")?.Value;
        var key = message?.Element(BpmnNamespaces.Bpmn + "extensionElements")?.Element(BpmnNamespaces.Zeebe + "subscription")?.Attribute("correlationKey")?.Value;
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(key))
        {
            Reject(id, FindingCodes.MessageInvalid, "The element needs a message with a name and a zeebe:subscription correlationKey.");
            return (null, null);
        }

        if (FeelExpression.IsExpression(key) && FeelExpression.Check(key) is { } error)
        {
            Reject(id, FindingCodes.ExpressionInvalid, $"The correlation key '{key}' is not a valid expression: {error}");
        }

        return (name, key);
    }

    private TimerDefinition? ReadTimer(string id, XElement definition, string? cycleRefusal)
    {
        var cycle = definition.Element(BpmnNamespaces.Bpmn + "timeCycle")?.Value.Trim();
        var duration = definition.Element(BpmnNamespaces.Bpmn + "timeDuration")?.Value.Trim();
        var date = definition.Element(BpmnNamespaces.Bpmn + "timeDate")?.Value.Trim();
        var (kind, text) = !string.IsNullOrEmpty(cycle) ? (TimerKind.Cycle, cycle)
            : !string.IsNullOrEmpty(duration) ? (TimerKind.Duration, duration)
            : (TimerKind.Date, date);
        if (string.IsNullOrEmpty(text))
        {
            Reject(id, FindingCodes.TimerInvalid, "The timer needs a timeDuration, a timeDate or a timeCycle.");
            return null;
        }

        if (kind == TimerKind.Cycle && cycleRefusal is not null)
        {
            Reject(id, FindingCodes.TimerInvalid, cycleRefusal);
            return null;
        }

        var error = FeelExpression.IsExpression(text) ? FeelExpression.Check(text) : kind switch
        {
            TimerKind.Duration => FeelValues.TryParseDuration(text, out _) ? null : "not an ISO-8601 duration",
            TimerKind.Date => FeelValues.TryParseDateTime(text, out _) ? null : "not an ISO-8601 date and time",
            _ => TimerSchedules.TryParse(text, out _, out var why) ? null : why,
        };
        if (error is not null)
        {
            Reject(id, FindingCodes.TimerInvalid, $"The timer '{text}' is invalid: {error}.");
            return null;
        }

        return new TimerDefinition(kind, text);
    }

    /// <summary>
    /// The target of the association leaving a compensation boundary event: its handler. Modelers put associations
    /// beside the elements or at the process's top, so the whole file is searched.
    /// </summary>
    private string? AssociatedFrom(string boundaryId) =>
        _definitions.Descendants(BpmnNamespaces.Bpmn + "association").FirstOrDefault(a => (string?)a.Attribute("sourceRef") == boundaryId)?.Attribute("targetRef")?.Value;

    private void Reject(string id, string code, string message) => _findings.Add(new Finding(id, code, message));
}
