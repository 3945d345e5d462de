using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Parsing;

namespace Kyzmat.Workflows.Tests.Parsing;

public class EventSubProcessParsingTests
{
    private const string Ok = """<bpmn:startEvent id="In"><bpmn:errorEventDefinition errorRef="Refused" /></bpmn:startEvent>""";

    private static string Diagram(string inside, string extra = "", string flows = "") => $"""
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="D">
          <bpmn:error id="Refused" errorCode="REFUSED" />
          <bpmn:escalation id="Late" escalationCode="LATE" />
          <bpmn:escalation id="NoCode" />
          <bpmn:escalation id="Dynamic" escalationCode="=level" />
          <bpmn:message id="NoKey" name="no-key" />
          <bpmn:process id="p" isExecutable="true">
            <bpmn:startEvent id="S" /><bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T" />
            <bpmn:userTask id="T" /><bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="E" /><bpmn:endEvent id="E" />
            <bpmn:subProcess id="Esp" triggeredByEvent="true">{inside}<bpmn:endEvent id="EspEnd" /></bpmn:subProcess>
            {extra}{flows}
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public void AnEventSubProcessWithAnErrorStart_Deploys_AndItsScopeKnowsIt()
    {
        var result = BpmnParser.Parse(Diagram(Ok));

        Assert.Empty(result.Findings);
        var start = Assert.Single(result.Model!.EventSubProcessStartsOf(null));
        Assert.Equal((ElementKind.ErrorStartEvent, "REFUSED", true), (start.Kind, start.ErrorCode, start.IsInterrupting));
    }

    [Theory]
    [InlineData("", "Esp", FindingCodes.EventSubProcessInvalid)]
    [InlineData(Ok + """<bpmn:startEvent id="Two"><bpmn:escalationEventDefinition /></bpmn:startEvent>""", "Esp", FindingCodes.EventSubProcessInvalid)]
    [InlineData("""<bpmn:startEvent id="In" />""", "In", FindingCodes.EventSubProcessInvalid)]
    [InlineData("""<bpmn:startEvent id="In" isInterrupting="false"><bpmn:errorEventDefinition /></bpmn:startEvent>""", "In", FindingCodes.EventSubProcessInvalid)]
    [InlineData("""<bpmn:startEvent id="In"><bpmn:timerEventDefinition><bpmn:timeCycle>R/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>""", "In", FindingCodes.TimerInvalid)]
    [InlineData("""<bpmn:startEvent id="In"><bpmn:messageEventDefinition messageRef="NoKey" /></bpmn:startEvent>""", "In", FindingCodes.MessageInvalid)]
    [InlineData("""<bpmn:startEvent id="In"><bpmn:escalationEventDefinition escalationRef="Dynamic" /></bpmn:startEvent>""", "In", FindingCodes.EscalationInvalid)]
    public void AnEventSubProcessCamundaRefuses_IsRefused(string inside, string elementId, string code)
    {
        var finding = Assert.Single(BpmnParser.Parse(Diagram(inside)).Findings);

        Assert.Equal((code, elementId), (finding.Code, finding.ElementId));
    }

    [Fact]
    public void AFlowIntoAnEventSubProcess_IsRefused()
    {
        var finding = Assert.Single(BpmnParser.Parse(Diagram(Ok, flows: """<bpmn:sequenceFlow id="F3" sourceRef="T" targetRef="Esp" />""")).Findings);

        Assert.Equal((FindingCodes.EventSubProcessInvalid, "Esp"), (finding.Code, finding.ElementId));
    }

    [Fact]
    public void TwoEventSubProcessesOfAScopeCatchingTheSameError_AreRefused()
    {
        var second = """<bpmn:subProcess id="Esp2" triggeredByEvent="true"><bpmn:startEvent id="In2"><bpmn:errorEventDefinition errorRef="Refused" /></bpmn:startEvent></bpmn:subProcess>""";

        var finding = Assert.Single(BpmnParser.Parse(Diagram(Ok, second)).Findings);

        Assert.Equal((FindingCodes.EventSubProcessInvalid, "In2"), (finding.Code, finding.ElementId));
    }

    [Fact]
    public void AnErrorStartEventOutsideAnEventSubProcess_IsRefused()
    {
        var xml = Diagram(Ok).Replace("""<bpmn:startEvent id="S" />""", """<bpmn:startEvent id="S"><bpmn:errorEventDefinition errorRef="Refused" /></bpmn:startEvent>""", StringComparison.Ordinal);

        Assert.Contains(BpmnParser.Parse(xml).Findings, f => (f.Code, f.ElementId) == (FindingCodes.UnsupportedEventDefinition, "S"));
    }

    [Theory]
    [InlineData("""<bpmn:intermediateThrowEvent id="X"><bpmn:escalationEventDefinition /></bpmn:intermediateThrowEvent>""", FindingCodes.EscalationInvalid)]
    [InlineData("""<bpmn:endEvent id="X"><bpmn:escalationEventDefinition escalationRef="NoCode" /></bpmn:endEvent>""", FindingCodes.EscalationInvalid)]
    [InlineData("""<bpmn:endEvent id="X"><bpmn:escalationEventDefinition escalationRef="Missing" /></bpmn:endEvent>""", FindingCodes.EscalationInvalid)]
    [InlineData("""<bpmn:boundaryEvent id="X" attachedToRef="T"><bpmn:escalationEventDefinition escalationRef="Late" /></bpmn:boundaryEvent>""", FindingCodes.BoundaryInvalid)]
    [InlineData("""<bpmn:boundaryEvent id="X" attachedToRef="Sub"><bpmn:escalationEventDefinition escalationRef="Dynamic" /></bpmn:boundaryEvent>""", FindingCodes.EscalationInvalid)]
    public void AnEscalationEventCamundaRefuses_IsRefused(string escalation, string code)
    {
        var sub = """<bpmn:subProcess id="Sub"><bpmn:startEvent id="SubStart" /></bpmn:subProcess>""";

        var finding = Assert.Single(BpmnParser.Parse(Diagram(Ok, sub + escalation)).Findings);

        Assert.Equal((code, "X"), (finding.Code, finding.ElementId));
    }

    [Fact]
    public void EscalationEventsCamundaRuns_Deploy()
    {
        var events = """
            <bpmn:subProcess id="Sub"><bpmn:startEvent id="SubStart" /></bpmn:subProcess>
            <bpmn:boundaryEvent id="AnyOnSub" cancelActivity="false" attachedToRef="Sub"><bpmn:escalationEventDefinition /></bpmn:boundaryEvent>
            <bpmn:intermediateThrowEvent id="Throw"><bpmn:escalationEventDefinition escalationRef="Dynamic" /></bpmn:intermediateThrowEvent>
            <bpmn:endEvent id="ThrowEnd"><bpmn:escalationEventDefinition escalationRef="Late" /></bpmn:endEvent>
            """;

        var result = BpmnParser.Parse(Diagram(Ok, events));

        Assert.Empty(result.Findings);
        Assert.Equal("=level", result.Model!.Element("Throw").EscalationCode);
        Assert.Null(result.Model.Element("AnyOnSub").EscalationCode);
    }
}
