namespace Kyzmat.Web.Tests.Browser;

/// <summary>
/// The lifecycle as deployed, with a user task «Коопсуздук кызматынын текшерүүсү» between the signature and the document
/// review: offered to the application's body, linking a Camunda form, named in Russian and English by its properties
/// (decision 0107), drawn above the two steps it joins.
/// </summary>
public static class AddedLifecycleStep
{
    public const string Name = "Коопсуздук кызматынын текшерүүсү";
    public const string RussianName = "Проверка службы безопасности";
    public const string EnglishName = "Security background check";

    public static string Insert(string lifecycle, string formId)
    {
        var changed = lifecycle
            .Replace("""sourceRef="ConfirmCode" targetRef="DocumentReview" />""", """sourceRef="ConfirmCode" targetRef="BackgroundCheck" />""", StringComparison.Ordinal)
            .Replace("""<bpmn:userTask id="DocumentReview" name="Документтерди кароо">""", $"""
                <bpmn:userTask id="BackgroundCheck" name="{Name}">
                  <bpmn:extensionElements>
                    <zeebe:assignmentDefinition candidateGroups="=&quot;hr:&quot; + stateBodyCode" />
                    <zeebe:formDefinition formId="{formId}" />
                    <zeebe:userTask />
                    <zeebe:properties>
                      <zeebe:property name="kyzmat:name.ru" value="{RussianName}" />
                      <zeebe:property name="kyzmat:name.en" value="{EnglishName}" />
                    </zeebe:properties>
                  </bpmn:extensionElements>
                  <bpmn:incoming>Flow_ToDocumentReview</bpmn:incoming>
                  <bpmn:outgoing>Flow_CheckedToReview</bpmn:outgoing>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="Flow_CheckedToReview" sourceRef="BackgroundCheck" targetRef="DocumentReview" />
                <bpmn:userTask id="DocumentReview" name="Документтерди кароо">
                """, StringComparison.Ordinal)
            .Replace("<bpmn:incoming>Flow_ToDocumentReview</bpmn:incoming>\n      <bpmn:outgoing>Flow_ToAdmitted</bpmn:outgoing>",
                "<bpmn:incoming>Flow_CheckedToReview</bpmn:incoming>\n      <bpmn:outgoing>Flow_ToAdmitted</bpmn:outgoing>", StringComparison.Ordinal)
            .Replace("""<bpmndi:BPMNEdge id="Flow_ToDocumentReview_di" bpmnElement="Flow_ToDocumentReview"><di:waypoint x="920" y="120" /><di:waypoint x="980" y="120" /></bpmndi:BPMNEdge>""", """
                <bpmndi:BPMNShape id="BackgroundCheck_di" bpmnElement="BackgroundCheck"><dc:Bounds x="900" y="-100" width="100" height="80" /></bpmndi:BPMNShape>
                <bpmndi:BPMNEdge id="Flow_ToDocumentReview_di" bpmnElement="Flow_ToDocumentReview"><di:waypoint x="870" y="80" /><di:waypoint x="870" y="-60" /><di:waypoint x="900" y="-60" /></bpmndi:BPMNEdge>
                <bpmndi:BPMNEdge id="Flow_CheckedToReview_di" bpmnElement="Flow_CheckedToReview"><di:waypoint x="1000" y="-60" /><di:waypoint x="1030" y="-60" /><di:waypoint x="1030" y="80" /></bpmndi:BPMNEdge>
                """, StringComparison.Ordinal);
        Assert.Contains("Flow_CheckedToReview_di", changed, StringComparison.Ordinal);
        Assert.Contains("<bpmn:incoming>Flow_CheckedToReview</bpmn:incoming>\n      <bpmn:outgoing>Flow_ToAdmitted", changed, StringComparison.Ordinal);
        return changed;
    }

    /// <summary>The step's form: who checked (at least two letters) and the result; translations are added on «Формалар».</summary>
    public static string Form(string formId) => $$"""
        {
          "id": "{{formId}}",
          "type": "default",
          "schemaVersion": 16,
          "components": [
            { "id": "F_officer", "type": "textfield", "key": "checkedBy", "label": "Текшерген кызматкер", "validate": { "required": true, "minLength": 2 } },
            { "id": "F_result", "type": "radio", "key": "checkResult", "label": "Текшерүүнүн жыйынтыгы", "validate": { "required": true },
              "values": [ { "label": "Тоскоолдук жок", "value": "clear" }, { "label": "Кошумча текшерүү керек", "value": "more" } ] }
          ]
        }
        """;

    /// <summary>The form's texts: Kyrgyz, Russian, English.</summary>
    public static readonly (string Ky, string Ru, string En)[] Texts =
    [
        ("Текшерген кызматкер", "Проверивший сотрудник", "Checked by"),
        ("Текшерүүнүн жыйынтыгы", "Результат проверки", "Result of the check"),
        ("Тоскоолдук жок", "Препятствий нет", "No obstacles"),
        ("Кошумча текшерүү керек", "Нужна дополнительная проверка", "Further check needed"),
    ];
}
