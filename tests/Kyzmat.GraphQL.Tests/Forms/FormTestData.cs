namespace Kyzmat.GraphQL.Tests.Forms;

/// <summary>A form with every field type the server validates, and a process whose user task (for hr:minfin) links it.</summary>
internal static class FormTestData
{
    public const string Form = """
        {
          "id": "security-check",
          "type": "default",
          "schemaVersion": 16,
          "components": [
            { "id": "F_name", "type": "textfield", "key": "checkedBy", "label": "Checked by", "validate": { "required": true, "minLength": 2, "maxLength": 30 } },
            { "id": "F_notes", "type": "textarea", "key": "notes", "validate": { "maxLength": 20 } },
            { "id": "F_score", "type": "number", "key": "riskScore", "validate": { "min": 0, "max": 10 } },
            { "id": "F_ok", "type": "checkbox", "key": "cleared" },
            { "id": "F_checks", "type": "checklist", "key": "registries", "values": [ { "label": "Police", "value": "police" }, { "label": "Tax", "value": "tax" } ] },
            { "id": "F_level", "type": "radio", "key": "level", "values": [ { "label": "Low", "value": "low" }, { "label": "High", "value": "high" } ] },
            { "id": "F_office", "type": "select", "key": "office", "valuesKey": "offices" },
            { "id": "F_date", "type": "datetime", "key": "checkedOn", "subtype": "date" },
            { "id": "F_tags", "type": "taglist", "key": "tags", "values": [ { "label": "A", "value": "a" } ] },
            { "id": "F_code", "type": "textfield", "key": "caseCode", "validate": { "pattern": "^SC-\\d+$" } }
          ]
        }
        """;

    public static string Process(string key, string formId = "security-check") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_{key}" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="{key}" name="Security check" isExecutable="true">
            <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Check" />
            <bpmn:userTask id="Task_Check" name="Коопсуздук кызматынын текшерүүсү">
              <bpmn:extensionElements>
                <zeebe:assignmentDefinition candidateGroups="hr:minfin" />
                <zeebe:formDefinition formId="{formId}" />
                <zeebe:userTask />
              </bpmn:extensionElements>
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Check" targetRef="End" />
            <bpmn:endEvent id="End"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """;
}
