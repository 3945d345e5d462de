using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Tests.Support;

namespace Kyzmat.Workflows.Tests.Parsing;

public class ListenerParsingTests
{
    private static string Process(string body, string processListeners = "") => $"""
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="D" targetNamespace="t">
          <bpmn:process id="p" isExecutable="true">
            {(processListeners.Length == 0 ? "" : $"<bpmn:extensionElements><zeebe:executionListeners>{processListeners}</zeebe:executionListeners></bpmn:extensionElements>")}
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task" />
            {body}
            <bpmn:sequenceFlow id="F2" sourceRef="Task" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private static string Element(string tag, string extensions, string more = "") =>
        $"""<bpmn:{tag} id="Task"><bpmn:extensionElements>{extensions}</bpmn:extensionElements>{more}</bpmn:{tag}>""";

    private static string Executions(string listeners) => $"<zeebe:executionListeners>{listeners}</zeebe:executionListeners>";

    private static string Tasks(string listeners) => $"<zeebe:userTask /><zeebe:taskListeners>{listeners}</zeebe:taskListeners>";

    [Fact]
    public void Parse_Listeners_AreReadInDocumentOrder()
    {
        var result = BpmnParser.Parse(Diagrams.Load("execution-listeners"));

        Assert.Empty(result.Findings);
        var model = result.Model!;
        Assert.Equal(["proc-start", "proc-end"], model.ExecutionListeners.Select(l => l.Type));
        Assert.Equal([new ListenerDefinition("start", "el-a", "3"), new ListenerDefinition("start", "=\"el-\" + \"b\"", "=1 + 1")],
            model.Element("Task_Work").ListenersOf(ListenerEvents.Start));
        var review = BpmnParser.Parse(Diagrams.Load("task-listeners")).Model!.Element("Task_Review");
        Assert.Equal(["assign-reviewer", "check-completion"], review.TaskListeners.Select(l => l.Type));
    }

    // Zeebe 8.8 deploys every ZeebeTaskListenerEventType (ZeebeTaskListenersValidationTest.testEventTypeSupported), the
    // deprecated names mapped onto the five events by its transformer.
    [Theory]
    [InlineData("creating", ListenerEvents.Creating)]
    [InlineData("create", ListenerEvents.Creating)]
    [InlineData("assigning", ListenerEvents.Assigning)]
    [InlineData("assignment", ListenerEvents.Assigning)]
    [InlineData("updating", ListenerEvents.Updating)]
    [InlineData("update", ListenerEvents.Updating)]
    [InlineData("completing", ListenerEvents.Completing)]
    [InlineData("complete", ListenerEvents.Completing)]
    [InlineData("canceling", ListenerEvents.Canceling)]
    [InlineData("cancel", ListenerEvents.Canceling)]
    public void Parse_TaskEventTypesOfCamunda88_AndTheirDeprecatedNames_AreAccepted(string given, string eventType)
    {
        var result = BpmnParser.Parse(Process(Element("userTask", Tasks($"""<zeebe:taskListener eventType="{given}" type="a" />"""))));

        Assert.Empty(result.Findings);
        Assert.Equal(new ListenerDefinition(eventType, "a", "3"), Assert.Single(result.Model!.Element("Task").TaskListeners));
    }

    // Not values of ZeebeTaskListenerEventType: the model reader refuses them (and so do we).
    [Theory]
    [InlineData("cancelling")]
    [InlineData("assign")]
    [InlineData("created")]
    [InlineData("delete")]
    [InlineData("all")]
    [InlineData("Creating")]
    [InlineData("start")]
    public void Parse_TaskEventTypeCamundaDoesNotKnow_IsRefused(string given)
    {
        var result = BpmnParser.Parse(Process(Element("userTask", Tasks($"""<zeebe:taskListener eventType="{given}" type="a" />"""))));

        Assert.Equal(FindingCodes.ListenerUnsupported, Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void Parse_SameEventUnderTwoNames_AndTheSameType_IsRefused()
    {
        var result = BpmnParser.Parse(Process(Element("userTask", Tasks("""<zeebe:taskListener eventType="cancel" type="a" /><zeebe:taskListener eventType="canceling" type="a" />"""))));

        Assert.Equal(FindingCodes.ListenerInvalid, Assert.Single(result.Findings).Code);
    }

    [Theory]
    [InlineData("serviceTask", """<zeebe:taskDefinition type="w" /><zeebe:executionListeners><zeebe:executionListener eventType="start" /></zeebe:executionListeners>""", FindingCodes.ListenerInvalid)]
    [InlineData("serviceTask", """<zeebe:taskDefinition type="w" /><zeebe:executionListeners><zeebe:executionListener eventType="take" type="x" /></zeebe:executionListeners>""", FindingCodes.ListenerUnsupported)]
    [InlineData("serviceTask", """<zeebe:taskDefinition type="w" /><zeebe:executionListeners><zeebe:executionListener eventType="end" type="x" retries="many" /></zeebe:executionListeners>""", FindingCodes.ListenerInvalid)]
    [InlineData("serviceTask", """<zeebe:taskDefinition type="w" /><zeebe:executionListeners><zeebe:executionListener eventType="end" type="x" /><zeebe:executionListener eventType="end" type="x" /></zeebe:executionListeners>""", FindingCodes.ListenerInvalid)]
    [InlineData("exclusiveGateway", """<zeebe:executionListeners><zeebe:executionListener eventType="end" type="x" /></zeebe:executionListeners>""", FindingCodes.ListenerUnsupported)]
    [InlineData("userTask", """<zeebe:taskListeners><zeebe:taskListener eventType="creating" type="x" /></zeebe:taskListeners>""", FindingCodes.ListenerUnsupported)]
    [InlineData("serviceTask", """<zeebe:taskDefinition type="w" /><zeebe:taskListeners><zeebe:taskListener eventType="creating" type="x" /></zeebe:taskListeners>""", FindingCodes.UnsupportedExtension)]
    public void Parse_ListenerCamundaRefuses_IsAFinding(string tag, string extensions, string code)
    {
        var result = BpmnParser.Parse(Process(Element(tag, extensions)));

        Assert.False(result.IsValid);
        Assert.Equal(code, Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void Parse_StartListenerOnABoundaryOrStartEvent_IsRefused_AnEndListenerIsNot()
    {
        var boundary = """<bpmn:boundaryEvent id="B" attachedToRef="Task"><bpmn:extensionElements><zeebe:executionListeners><zeebe:executionListener eventType="{0}" type="x" /></zeebe:executionListeners></bpmn:extensionElements><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent><bpmn:sequenceFlow id="F3" sourceRef="B" targetRef="End" />""";
        var task = """<bpmn:userTask id="Task" />""";

        Assert.Equal(FindingCodes.ListenerUnsupported, Assert.Single(BpmnParser.Parse(Process(task + string.Format(boundary, "start"))).Findings).Code);
        Assert.Empty(BpmnParser.Parse(Process(task + string.Format(boundary, "end"))).Findings);
        var startListenerOnStart = Process(task).Replace("""<bpmn:startEvent id="Start" />""",
            """<bpmn:startEvent id="Start"><bpmn:extensionElements><zeebe:executionListeners><zeebe:executionListener eventType="start" type="x" /></zeebe:executionListeners></bpmn:extensionElements></bpmn:startEvent>""", StringComparison.Ordinal);
        Assert.Equal(FindingCodes.ListenerUnsupported, Assert.Single(BpmnParser.Parse(startListenerOnStart).Findings).Code);
    }

    [Fact]
    public void Parse_ProcessListenerWithoutType_IsRefused()
    {
        var result = BpmnParser.Parse(Process("""<bpmn:task id="Task" />""", """<zeebe:executionListener eventType="start" type="" />"""));

        Assert.Equal(FindingCodes.ListenerInvalid, Assert.Single(result.Findings).Code);
    }
}
