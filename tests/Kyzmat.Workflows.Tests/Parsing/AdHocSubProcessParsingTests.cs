using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Parsing;

namespace Kyzmat.Workflows.Tests.Parsing;

public class AdHocSubProcessParsingTests
{
    private const string Tasks = """<bpmn:userTask id="A" /><bpmn:userTask id="B" /><bpmn:sequenceFlow id="AB" sourceRef="A" targetRef="B" />""";

    private static string Diagram(string inside, string attributes = "", string extensions = """<zeebe:adHoc activeElementsCollection="=items" />""") => $"""
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="D">
          <bpmn:process id="p" isExecutable="true">
            <bpmn:startEvent id="S" /><bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="H" />
            <bpmn:adHocSubProcess id="H" {attributes}><bpmn:extensionElements>{extensions}</bpmn:extensionElements>{inside}</bpmn:adHocSubProcess>
            <bpmn:sequenceFlow id="F2" sourceRef="H" targetRef="E" /><bpmn:endEvent id="E" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public void AnAdHocSubProcess_Deploys_WithItsPropertiesAndTheElementsWithoutIncomingFlowsAsActivatable()
    {
        var result = BpmnParser.Parse(Diagram(Tasks + """<bpmn:completionCondition>=done</bpmn:completionCondition>""", """cancelRemainingInstances="false" """,
            """<zeebe:adHoc activeElementsCollection="=items" outputCollection="results" outputElement="=result" />"""));

        Assert.Empty(result.Findings);
        var adHoc = result.Model!.Element("H");
        Assert.Equal(ElementKind.AdHocSubProcess, adHoc.Kind);
        Assert.Equal(new AdHocDefinition("=items", "=done", false, "results", "=result", false), adHoc.AdHoc);
        Assert.Equal(["A"], result.Model.AdHocActivitiesOf("H").Select(e => e.Id).ToList());
        Assert.Equal("H", result.Model.Element("B").ParentId);
    }

    [Fact]
    public void AJobWorkerAdHocSubProcess_Deploys_WithItsTaskType_AndCancelsRemainingInstancesByDefault()
    {
        var result = BpmnParser.Parse(Diagram(Tasks, extensions: """<zeebe:taskDefinition type="agent" retries="2" /><zeebe:taskHeaders><zeebe:header key="k" value="v" /></zeebe:taskHeaders>"""));

        Assert.Empty(result.Findings);
        var adHoc = result.Model!.Element("H");
        Assert.Equal(("agent", 2, true, true), (adHoc.TaskType, adHoc.Retries, adHoc.AdHoc!.IsJobWorker, adHoc.AdHoc.CancelRemainingInstances));
    }

    [Theory]
    [InlineData("", "", "H")]
    [InlineData("""<bpmn:startEvent id="In" />""" + Tasks, "", "In")]
    [InlineData(Tasks + """<bpmn:endEvent id="Out" />""", "", "Out")]
    [InlineData(Tasks + """<bpmn:subProcess id="Esp" triggeredByEvent="true"><bpmn:startEvent id="EspStart"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent></bpmn:subProcess>""", "", "Esp")]
    [InlineData(Tasks, """<zeebe:adHoc outputCollection="results" />""", "H")]
    [InlineData(Tasks, """<zeebe:taskDefinition type="agent" /><zeebe:adHoc activeElementsCollection="=items" />""", "H")]
    [InlineData(Tasks + """<bpmn:completionCondition>=done</bpmn:completionCondition>""", """<zeebe:taskDefinition type="agent" />""", "H")]
    public void AnAdHocSubProcessCamundaRefuses_IsRefused(string inside, string extensions, string elementId)
    {
        var xml = extensions.Length == 0 ? Diagram(inside) : Diagram(inside, extensions: extensions);

        var findings = BpmnParser.Parse(xml).Findings;

        Assert.Contains(findings, f => f.Code == FindingCodes.AdHocInvalid && f.ElementId == elementId);
    }

    [Fact]
    public void AJobWorkerThatKeepsRemainingInstances_IsRefused()
    {
        var findings = BpmnParser.Parse(Diagram(Tasks, """cancelRemainingInstances="false" """, """<zeebe:taskDefinition type="agent" />""")).Findings;

        var finding = Assert.Single(findings);
        Assert.Equal((FindingCodes.AdHocInvalid, "H"), (finding.Code, finding.ElementId));
        Assert.Contains("cancelRemainingInstances", finding.Message);
    }

    [Fact]
    public void AnInvalidCollectionExpression_IsRefused()
    {
        var finding = Assert.Single(BpmnParser.Parse(Diagram(Tasks, extensions: """<zeebe:adHoc activeElementsCollection="=[1," />""")).Findings);

        Assert.Equal((FindingCodes.ExpressionInvalid, "H"), (finding.Code, finding.ElementId));
    }

    [Fact]
    public void AnInputWithoutASource_IsANullLocal_AsZeebeReadsIt()
    {
        var result = BpmnParser.Parse(Diagram(Tasks, extensions: """<zeebe:ioMapping><zeebe:input target="agentContext" /></zeebe:ioMapping>"""));

        Assert.Empty(result.Findings);
        Assert.Equal(("=null", "agentContext"), (result.Model!.Element("H").Inputs[0].Source, result.Model.Element("H").Inputs[0].Target));
    }
}
