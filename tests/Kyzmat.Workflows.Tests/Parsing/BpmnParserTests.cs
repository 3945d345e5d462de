using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Tests.Support;

namespace Kyzmat.Workflows.Tests.Parsing;

public class BpmnParserTests
{
    [Theory]
    [InlineData("user-task-approval")]
    [InlineData("parallel-review")]
    [InlineData("service-task")]
    [InlineData("timer-catch")]
    [InlineData("timer-boundary")]
    [InlineData("messages")]
    [InlineData("subprocess")]
    [InlineData("terminate")]
    [InlineData("loop-no-wait")]
    [InlineData("condition-not-boolean")]
    [InlineData("service-boundary")]
    [InlineData("collaboration-lanes")]
    [InlineData("pass-through")]
    public void Parse_CorpusDiagram_IsExecutable(string name)
    {
        var result = BpmnParser.Parse(Diagrams.Load(name));

        Assert.Empty(result.Findings);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Parse_UserTask_ReadsZeebeAssignmentScheduleAndForm()
    {
        var model = BpmnParser.Parse(Diagrams.Load("user-task-approval")).Model!;

        var task = model.Element("Task_Review");
        Assert.Equal(ElementKind.UserTask, task.Kind);
        Assert.Equal("=reviewer", task.Assignee);
        Assert.Equal("hr, managers", task.CandidateGroups);
        Assert.Equal("review-form", task.FormKey);
        Assert.StartsWith("=now()", task.DueDate, StringComparison.Ordinal);
        Assert.Equal("Flow_Rejected", model.Element("Gateway_Decision").DefaultFlowId);
        Assert.Equal("approved = true", model.Flows["Flow_Approved"].Condition);
    }

    [Fact]
    public void Parse_ServiceTask_ReadsTypeRetriesHeadersAndMappings()
    {
        var task = BpmnParser.Parse(Diagrams.Load("service-task")).Model!.Element("Task_Notify");

        Assert.Equal("notify", task.TaskType);
        Assert.Equal(2, task.Retries);
        Assert.Equal("email", task.Headers["channel"]);
        Assert.Equal("greeting", Assert.Single(task.Inputs).Target);
        Assert.Equal("notificationId", Assert.Single(task.Outputs).Target);
    }

    [Fact]
    public void Parse_MessagesAndTimers_ReadsSubscriptionsAndBoundaries()
    {
        var messages = BpmnParser.Parse(Diagrams.Load("messages")).Model!;
        var timers = BpmnParser.Parse(Diagrams.Load("timer-boundary")).Model!;

        Assert.Equal("payment-received", messages.Element("Catch_Payment").MessageName);
        Assert.Equal("=orderId", messages.Element("Receive_Documents").CorrelationKey);
        Assert.Equal(ElementKind.MessageBoundaryEvent, Assert.Single(messages.BoundariesOf("Receive_Documents")).Kind);
        Assert.Equal(2, timers.BoundariesOf("Task_Review").Count);
        Assert.False(timers.Element("Boundary_Reminder").CancelActivity);
        Assert.Equal(new TimerDefinition(TimerKind.Duration, "PT2H"), timers.Element("Boundary_Reminder").Timer);
    }

    [Fact]
    public void Parse_SubProcess_GivesChildrenTheirParent()
    {
        var model = BpmnParser.Parse(Diagrams.Load("subprocess")).Model!;

        Assert.Equal("Sub_Review", model.Element("Task_Inner_A").ParentId);
        Assert.Equal("Sub_Start", model.StartEventOf("Sub_Review").Id);
        Assert.Equal("Start", model.StartEventOf(null).Id);
    }

    [Fact]
    public void Parse_UnsupportedElements_RejectsEachWithAFinding()
    {
        var result = BpmnParser.Parse(Diagrams.Load("unsupported-elements"));

        Assert.Null(result.Model);
        Assert.Contains(result.Findings, f => f.ElementId == "Transaction_Review" && f.Code == FindingCodes.UnsupportedElement);
        Assert.Contains(result.Findings, f => f.ElementId == "Gateway_Complex" && f.Code == FindingCodes.UnsupportedElement);
        Assert.Contains(result.Findings, f => f.ElementId == "Escalation_Catch" && f.Code == FindingCodes.UnsupportedEventDefinition);
    }

    [Fact]
    public void Parse_SecondNoneStartEvent_IsRejected()
    {
        var xml = Diagrams.Load("timer-catch").Replace("<bpmn:endEvent id=\"End\">", "<bpmn:startEvent id=\"Start_2\" /><bpmn:endEvent id=\"End\">", StringComparison.Ordinal);

        Assert.Contains(BpmnParser.Parse(xml).Findings, f => f.Code == FindingCodes.StartEventMultiple);
    }

    [Theory]
    [InlineData("=approved = true", "=approved = = true", FindingCodes.ExpressionInvalid)]
    [InlineData("=approved = true", "=summe(1, 2)", FindingCodes.ExpressionInvalid)]
    [InlineData("default=\"Flow_Rejected\"", "default=\"Flow_Nowhere\"", FindingCodes.DefaultFlowInvalid)]
    [InlineData("default=\"Flow_Rejected\"", "", FindingCodes.ConditionMissing)]
    [InlineData("<zeebe:formDefinition formKey=\"review-form\" />", "<zeebe:taskListeners><zeebe:taskListener eventType=\"cancelling\" type=\"x\" /></zeebe:taskListeners>", FindingCodes.ListenerUnsupported)]
    [InlineData("isExecutable=\"true\"", "isExecutable=\"false\"", FindingCodes.NoExecutableProcess)]
    [InlineData("candidateUsers=\"boss, deputy\"", "candidateUsers=\"boss\" priority=\"10\"", FindingCodes.UnsupportedExtension)]
    [InlineData("<zeebe:userTask />", "<zeebe:jobPriorityDefinition priority=\"50\" />", FindingCodes.UnsupportedExtension)]
    [InlineData("<zeebe:userTask />", "<zeebe:priorityDefinition priority=\"101\" />", FindingCodes.PriorityInvalid)]
    [InlineData("<zeebe:userTask />", "<zeebe:priorityDefinition priority=\"high\" />", FindingCodes.PriorityInvalid)]
    [InlineData("<zeebe:userTask />", "<zeebe:priorityDefinition priority=\"=urgency +\" />", FindingCodes.ExpressionInvalid)]
    [InlineData("formKey=\"review-form\"", "formKey=\"review-form\" formId=\"review\"", FindingCodes.FormInvalid)]
    [InlineData("formKey=\"review-form\"", "formKey=\"review-form\" bindingType=\"latest\"", FindingCodes.FormInvalid)]
    [InlineData("formKey=\"review-form\"", "formId=\"review\" bindingType=\"versionTag\"", FindingCodes.FormInvalid)]
    [InlineData("formKey=\"review-form\"", "formId=\"review\" bindingType=\"newest\"", FindingCodes.FormInvalid)]
    [InlineData("formKey=\"review-form\"", "", FindingCodes.FormInvalid)]
    [InlineData("targetRef=\"End_Approved\"", "targetRef=\"Nowhere\"", FindingCodes.FlowInvalid)]
    public void Parse_BrokenRule_GivesFinding(string original, string replacement, string code)
    {
        var xml = Diagrams.Load("user-task-approval").Replace(original, replacement, StringComparison.Ordinal);

        var result = BpmnParser.Parse(xml);

        Assert.False(result.IsValid);
        Assert.Contains(result.Findings, f => f.Code == code);
    }

    [Theory]
    [InlineData("formKey=\"review-form\"", "review-form", null, null, "latest", null)]
    [InlineData("formId=\"review\"", null, "review", null, "latest", null)]
    [InlineData("formId=\"review\" bindingType=\"deployment\"", null, "review", null, "deployment", null)]
    [InlineData("formId=\"review\" bindingType=\"versionTag\" versionTag=\"v1.0.0\"", null, "review", null, "versionTag", "v1.0.0")]
    [InlineData("externalReference=\"https://forms.example/review\"", null, null, "https://forms.example/review", "latest", null)]
    public void Parse_UserTaskForm_IsKeptOnTheModel_AsCamundaLinksIt(string attributes, string? formKey, string? formId, string? external, string binding, string? versionTag)
    {
        var xml = Diagrams.Load("user-task-approval").Replace("formKey=\"review-form\"", attributes, StringComparison.Ordinal);

        var result = BpmnParser.Parse(xml);

        Assert.Empty(result.Findings);
        var task = result.Model!.Elements["Task_Review"];
        Assert.Equal(new FormDefinition(formKey, formId, external, binding, versionTag), task.Form);
        Assert.Equal(formKey ?? formId ?? external, task.FormKey);
    }

    [Fact]
    public void Parse_StartEventForm_AndProcessUserTaskForm_AreAccepted_AsTasklistStartForms()
    {
        var xml = Diagrams.Load("user-task-approval")
            .Replace("<bpmn:startEvent id=\"Start\" name=\"Submitted\">",
                "<bpmn:startEvent id=\"Start\" name=\"Submitted\"><bpmn:extensionElements><zeebe:formDefinition formKey=\"camunda-forms:bpmn:Form_1\" /></bpmn:extensionElements>",
                StringComparison.Ordinal)
            .Replace("isExecutable=\"true\">", "isExecutable=\"true\"><bpmn:extensionElements><zeebe:userTaskForm id=\"Form_1\">{}</zeebe:userTaskForm></bpmn:extensionElements>",
                StringComparison.Ordinal);

        var result = BpmnParser.Parse(xml);

        Assert.Empty(result.Findings);
        Assert.Equal("camunda-forms:bpmn:Form_1", result.Model!.Elements["Start"].Form?.FormKey);
    }

    [Fact]
    public void Parse_StartEventFormWithPublicAccess_GivesFinding_AsCamunda8Refuses()
    {
        var xml = Diagrams.Load("user-task-approval").Replace("<bpmn:startEvent id=\"Start\" name=\"Submitted\">",
            "<bpmn:startEvent id=\"Start\" name=\"Submitted\"><bpmn:extensionElements><zeebe:formDefinition formId=\"apply\" /><zeebe:properties><zeebe:property name=\"publicAccess\" value=\"true\" /></zeebe:properties></bpmn:extensionElements>",
            StringComparison.Ordinal);

        Assert.Contains(BpmnParser.Parse(xml).Findings, f => f is { Code: FindingCodes.FormInvalid, ElementId: "Start" });
    }

    [Theory]
    [InlineData("priority=\"0\"", "0")]
    [InlineData("priority=\"100\"", "100")]
    [InlineData("priority=\"=if urgent then 90 else 40\"", "=if urgent then 90 else 40")]
    public void Parse_UserTaskPriority_IsKept(string attribute, string priority)
    {
        var xml = Diagrams.Load("user-task-approval").Replace("<zeebe:userTask />", $"<zeebe:userTask /><zeebe:priorityDefinition {attribute} />", StringComparison.Ordinal);

        var result = BpmnParser.Parse(xml);

        Assert.Empty(result.Findings);
        Assert.Equal(priority, result.Model!.Elements["Task_Review"].Priority);
    }

    [Fact]
    public void Parse_LinkedResources_AreKeptOnAJobWorkersTask()
    {
        var xml = Diagrams.Load("service-task").Replace("</zeebe:taskHeaders>",
            "</zeebe:taskHeaders><zeebe:linkedResources><zeebe:linkedResource resourceId=\"invoice-bot\" resourceType=\"RPA\" linkName=\"RPAScript\" /></zeebe:linkedResources>",
            StringComparison.Ordinal);

        var result = BpmnParser.Parse(xml);

        Assert.Empty(result.Findings);
        Assert.Equal([new LinkedResource("invoice-bot", "RPA", "RPAScript", "latest", null)], result.Model!.Elements["Task_Notify"].LinkedResources);
    }

    [Fact]
    public void Parse_LinkedResourceWithoutType_GivesFinding()
    {
        var xml = Diagrams.Load("service-task").Replace("</zeebe:taskHeaders>",
            "</zeebe:taskHeaders><zeebe:linkedResources><zeebe:linkedResource resourceId=\"invoice-bot\" /></zeebe:linkedResources>", StringComparison.Ordinal);

        Assert.Contains(BpmnParser.Parse(xml).Findings, f => f is { Code: FindingCodes.UnsupportedExtension, ElementId: "Task_Notify" });
    }

    [Fact]
    public void Parse_ServiceTaskWithoutType_GivesFinding()
    {
        var xml = Diagrams.Load("service-task").Replace("type=\"notify\" ", "", StringComparison.Ordinal);

        Assert.Contains(BpmnParser.Parse(xml).Findings, f => f is { Code: FindingCodes.TaskTypeMissing, ElementId: "Task_Notify" });
    }

    [Fact]
    public void Parse_TimerCycleOnAnIntermediateCatchEvent_GivesFinding_AsCamunda8Refuses()
    {
        var xml = Diagrams.Load("timer-catch").Replace("<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">PT1H</bpmn:timeDuration>",
            "<bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">R3/PT1H</bpmn:timeCycle>", StringComparison.Ordinal);

        Assert.Contains(BpmnParser.Parse(xml).Findings, f => f is { Code: FindingCodes.TimerInvalid, ElementId: "Timer_Wait" });
    }

    [Fact]
    public void Capabilities_Contract_ListsSupportedAndRejectedElements()
    {
        Assert.True(BpmnCapabilities.IsExecutable("userTask"));
        Assert.True(BpmnCapabilities.IsExecutable("boundaryEvent"));
        Assert.False(BpmnCapabilities.IsExecutable("complexGateway"));
        Assert.Contains(BpmnCapabilities.Supported, c => c.Element == "scriptTask");
        Assert.Contains(BpmnCapabilities.Rejected, c => c.Element == "complexGateway");
        Assert.Contains(BpmnCapabilities.Supported, c => c.Element == "intermediateThrowEvent/compensateEventDefinition");
        Assert.Contains(BpmnCapabilities.Rejected, c => c.Element == "conditionalEventDefinition");
        Assert.Contains(BpmnCapabilities.Supported, c => c.Element == "subProcess[triggeredByEvent]");
        Assert.Contains(BpmnCapabilities.Supported, c => c.Element == "boundaryEvent/escalationEventDefinition");
        Assert.Empty(BpmnCapabilities.Supported.Select(c => c.Element).Intersect(BpmnCapabilities.Rejected.Select(c => c.Element)));
    }
}
