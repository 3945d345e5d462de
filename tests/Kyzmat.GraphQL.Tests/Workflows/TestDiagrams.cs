namespace Kyzmat.GraphQL.Tests.Workflows;

/// <summary>Small diagrams for the administrators' API (no diagram interchange: the engine needs none).</summary>
internal static class TestDiagrams
{
    private const string Open = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
        """;

    /// <summary>Start → user task <c>Task_Review</c> (or <paramref name="taskId"/>) → end.</summary>
    public static string Review(string key, string taskId = "Task_Review", string taskName = "Review") => Open + $"""

          <bpmn:process id="{key}" name="Review" isExecutable="true">
            <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="{taskId}" />
            <bpmn:userTask id="{taskId}" name="{taskName}">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="{taskId}" targetRef="End" />
            <bpmn:endEvent id="End"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>Start → parallel fork → two user tasks <c>Task_A</c>, <c>Task_B</c> (two tokens, one element each).</summary>
    public static string Parallel(string key) => Open + $"""

          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Fork" />
            <bpmn:parallelGateway id="Fork"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_A</bpmn:outgoing><bpmn:outgoing>Flow_B</bpmn:outgoing></bpmn:parallelGateway>
            <bpmn:sequenceFlow id="Flow_A" sourceRef="Fork" targetRef="Task_A" />
            <bpmn:sequenceFlow id="Flow_B" sourceRef="Fork" targetRef="Task_B" />
            <bpmn:userTask id="Task_A"><bpmn:incoming>Flow_A</bpmn:incoming><bpmn:outgoing>Flow_A2</bpmn:outgoing></bpmn:userTask>
            <bpmn:userTask id="Task_B"><bpmn:incoming>Flow_B</bpmn:incoming><bpmn:outgoing>Flow_B2</bpmn:outgoing></bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_A2" sourceRef="Task_A" targetRef="End_A" />
            <bpmn:sequenceFlow id="Flow_B2" sourceRef="Task_B" targetRef="End_B" />
            <bpmn:endEvent id="End_A"><bpmn:incoming>Flow_A2</bpmn:incoming></bpmn:endEvent>
            <bpmn:endEvent id="End_B"><bpmn:incoming>Flow_B2</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>An exclusive gateway on <c>=approved</c> (default: rejected); a non-boolean <c>approved</c> raises an incident.</summary>
    public static string Decision(string key) => Open + $"""

          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Gateway_Approved" />
            <bpmn:exclusiveGateway id="Gateway_Approved" default="Flow_No">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_Yes</bpmn:outgoing><bpmn:outgoing>Flow_No</bpmn:outgoing>
            </bpmn:exclusiveGateway>
            <bpmn:sequenceFlow id="Flow_Yes" sourceRef="Gateway_Approved" targetRef="Task_Appoint">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=approved</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="Flow_No" sourceRef="Gateway_Approved" targetRef="Task_Refuse" />
            <bpmn:userTask id="Task_Appoint"><bpmn:incoming>Flow_Yes</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
            <bpmn:userTask id="Task_Refuse"><bpmn:incoming>Flow_No</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Appoint" targetRef="End" />
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Refuse" targetRef="End" />
            <bpmn:endEvent id="End"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:incoming>Flow_3</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>Start → service task <c>Task_Call</c> of the zeebe:taskDefinition <paramref name="type"/> → end.</summary>
    public static string ServiceTask(string key, string type) => Open + $"""

          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Call" />
            <bpmn:serviceTask id="Task_Call">
              <bpmn:extensionElements><zeebe:taskDefinition type="{type}" retries="1" /></bpmn:extensionElements>
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:serviceTask>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Call" targetRef="End" />
            <bpmn:endEvent id="End"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>A collaboration of two executable pools, <c>{key}-citizen</c> and <c>{key}-office</c>, each start → end.</summary>
    public static string TwoPools(string key) => Open + $"""

          <bpmn:collaboration id="Collaboration_1">
            <bpmn:participant id="Citizen" processRef="{key}-citizen" />
            <bpmn:participant id="Office" processRef="{key}-office" />
          </bpmn:collaboration>
          <bpmn:process id="{key}-citizen" isExecutable="true">
            <bpmn:startEvent id="CitizenStart"><bpmn:outgoing>CitizenFlow</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="CitizenFlow" sourceRef="CitizenStart" targetRef="CitizenEnd" />
            <bpmn:endEvent id="CitizenEnd"><bpmn:incoming>CitizenFlow</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
          <bpmn:process id="{key}-office" isExecutable="true">
            <bpmn:startEvent id="OfficeStart"><bpmn:outgoing>OfficeFlow</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="OfficeFlow" sourceRef="OfficeStart" targetRef="OfficeEnd" />
            <bpmn:endEvent id="OfficeEnd"><bpmn:incoming>OfficeFlow</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>A transaction: outside what Camunda 8 (and so the engine) executes.</summary>
    public static string Transaction(string key) => Open + $"""

          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Transaction_Review" />
            <bpmn:transaction id="Transaction_Review"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:transaction>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Transaction_Review" targetRef="End" />
            <bpmn:endEvent id="End"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>«Billion laughs»: nested entities in a DTD that would expand to gigabytes.</summary>
    public const string XmlBomb = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_bomb" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="bomb" name="&lol9;" isExecutable="true">
            <bpmn:startEvent id="Start" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>An external entity (XXE) reading a local file.</summary>
    public const string ExternalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_xxe" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="xxe" name="&xxe;" isExecutable="true">
            <bpmn:startEvent id="Start" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
