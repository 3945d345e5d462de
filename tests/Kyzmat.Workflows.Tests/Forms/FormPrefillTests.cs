using System.Text.Json.Nodes;
using Kyzmat.Workflows.Forms;

namespace Kyzmat.Workflows.Tests.Forms;

public class FormPrefillTests
{
    [Fact]
    public void Of_AForm_GivesTheVariablesItsFieldsOptionsExpressionsAndTemplatesName_AndNoOthers()
    {
        const string json = """
            { "id": "f", "components": [
              { "id": "T", "type": "text", "text": "Application {{applicationNumber}}" },
              { "id": "A", "type": "textfield", "key": "address.city", "conditional": { "hide": "=not(hasAddress)" } },
              { "id": "O", "type": "select", "key": "office", "valuesKey": "offices" }
            ] }
            """;
        var form = CamundaFormParser.Parse(json).Form!;
        var variables = JsonNode.Parse("""
            { "applicationNumber": "AR-1", "address": { "city": "Osh" }, "hasAddress": true, "offices": ["osh"], "office": "osh", "decision": "secret", "pin": "22403199012345" }
            """)!.AsObject();

        var prefill = FormPrefill.Of(form, json, variables);

        Assert.Equal(["applicationNumber", "address", "hasAddress", "offices", "office"], prefill.Select(p => p.Key));
    }
}
