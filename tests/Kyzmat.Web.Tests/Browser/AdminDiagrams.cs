namespace Kyzmat.Web.Tests.Browser;

/// <summary>Small BPMN diagrams for the administrators' browser tests, each under a process id of the test's own.</summary>
public static class AdminDiagrams
{
    /// <summary>Start → «Review» (a user task) → end; <paramref name="middle"/> may put another element between review and end.</summary>
    public static string Review(string processId, string? middle = null)
    {
        var between = middle is null
            ? """<bpmn:sequenceFlow id="F2" sourceRef="Review" targetRef="End" />"""
            : $"""
              <bpmn:sequenceFlow id="F2" sourceRef="Review" targetRef="Middle" />
              <bpmn:{middle} id="Middle" name="Unsupported step"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing></bpmn:{middle}>
              <bpmn:sequenceFlow id="F3" sourceRef="Middle" targetRef="End" />
              """;
        var middleShape = middle is null
            ? """<bpmndi:BPMNEdge id="F2_di" bpmnElement="F2"><di:waypoint x="380" y="140" /><di:waypoint x="582" y="140" /></bpmndi:BPMNEdge>"""
            : """
              <bpmndi:BPMNShape id="Middle_di" bpmnElement="Middle"><dc:Bounds x="430" y="100" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="F2_di" bpmnElement="F2"><di:waypoint x="380" y="140" /><di:waypoint x="430" y="140" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="F3_di" bpmnElement="F3"><di:waypoint x="530" y="140" /><di:waypoint x="582" y="140" /></bpmndi:BPMNEdge>
              """;
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_{processId}" targetNamespace="https://kyzmat.kg/tests">
              <bpmn:process id="{processId}" name="Admin test {processId}" isExecutable="true">
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Review" />
                <bpmn:userTask id="Review" name="Review">
                  <bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="admin-browser-test" /></bpmn:extensionElements>
                  <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
                </bpmn:userTask>
                {between}
                <bpmn:endEvent id="End"><bpmn:incoming>{(middle is null ? "F2" : "F3")}</bpmn:incoming></bpmn:endEvent>
              </bpmn:process>
              <bpmndi:BPMNDiagram id="Diagram_{processId}">
                <bpmndi:BPMNPlane id="Plane_{processId}" bpmnElement="{processId}">
                  <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="180" y="122" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Review_di" bpmnElement="Review"><dc:Bounds x="280" y="100" width="100" height="80" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="582" y="122" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="F1_di" bpmnElement="F1"><di:waypoint x="216" y="140" /><di:waypoint x="280" y="140" /></bpmndi:BPMNEdge>
                  {middleShape}
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;
    }

    /// <summary>Start → a user task for the minfin reviewers that links the Camunda form <paramref name="formId"/> → end.</summary>
    public static string FormStep(string processId, string formId, string taskName) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_{processId}" targetNamespace="https://kyzmat.kg/tests">
          <bpmn:process id="{processId}" name="{taskName}" isExecutable="true">
            <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Check" />
            <bpmn:userTask id="Check" name="{taskName}">
              <bpmn:extensionElements>
                <zeebe:assignmentDefinition candidateGroups="hr:minfin" />
                <zeebe:formDefinition formId="{formId}" />
                <zeebe:userTask />
              </bpmn:extensionElements>
              <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="F2" sourceRef="Check" targetRef="End" />
            <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """;
}
