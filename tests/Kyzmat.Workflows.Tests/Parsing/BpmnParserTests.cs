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
    [InlineData("<zeebe:formDefinition formKey=\"review-form\" />", "<zeebe:executionListeners />", FindingCodes.UnsupportedExtension)]
    [InlineData("isExecutable=\"true\"", "isExecutable=\"false\"", FindingCodes.NoExecutableProcess)]
    [InlineData("candidateUsers=\"boss, deputy\"", "candidateUsers=\"boss\" priority=\"10\"", FindingCodes.UnsupportedExtension)]
    [InlineData("<zeebe:userTask />", "<zeebe:priorityDefinition priority=\"50\" />", FindingCodes.UnsupportedExtension)]
    [InlineData("targetRef=\"End_Approved\"", "targetRef=\"Nowhere\"", FindingCodes.FlowInvalid)]
    public void Parse_BrokenRule_GivesFinding(string original, string replacement, string code)
    {
        var xml = Diagrams.Load("user-task-approval").Replace(original, replacement, StringComparison.Ordinal);

        var result = BpmnParser.Parse(xml);

        Assert.False(result.IsValid);
        Assert.Contains(result.Findings, f => f.Code == code);
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
        Assert.Contains(BpmnCapabilities.Rejected, c => c.Element == "compensateEventDefinition");
        Assert.Contains(BpmnCapabilities.Supported, c => c.Element == "subProcess[triggeredByEvent]");
        Assert.Contains(BpmnCapabilities.Supported, c => c.Element == "boundaryEvent/escalationEventDefinition");
        Assert.Empty(BpmnCapabilities.Supported.Select(c => c.Element).Intersect(BpmnCapabilities.Rejected.Select(c => c.Element)));
    }
}
