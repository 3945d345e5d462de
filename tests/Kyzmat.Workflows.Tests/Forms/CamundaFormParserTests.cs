using Kyzmat.Workflows.Forms;

namespace Kyzmat.Workflows.Tests.Forms;

public class CamundaFormParserTests
{
    [Fact]
    public void Parse_FormAsModelerSavesIt_ReadsInputFieldsWithGroupPathsAndValidation()
    {
        var result = CamundaFormParser.Parse("""
            {
              "components": [
                { "label": "Name", "type": "textfield", "id": "Field_name", "key": "name", "validate": { "required": true, "minLength": 2, "maxLength": 40 } },
                { "text": "# Check", "type": "text", "id": "Field_text" },
                { "type": "group", "id": "Group_address", "path": "address", "components": [
                  { "label": "City", "type": "select", "id": "Field_city", "key": "city", "values": [ { "label": "Bishkek", "value": "bishkek" } ] }
                ] },
                { "label": "Score", "type": "number", "id": "Field_score", "key": "score", "validate": { "min": 0, "max": "60" } }
              ],
              "type": "default",
              "id": "background-check",
              "versionTag": "v1",
              "exporter": { "name": "Camunda Modeler", "version": "5.28.0" },
              "schemaVersion": 16
            }
            """);

        Assert.True(result.IsValid, string.Join("; ", result.Findings));
        var form = result.Form!;
        Assert.Equal("background-check", form.Id);
        Assert.Equal("v1", form.VersionTag);
        Assert.Equal(["name", "address.city", "score"], form.Fields.Select(f => string.Join('.', f.Path)));
        Assert.True(form.Fields[0].Required);
        Assert.Equal(2, form.Fields[0].MinLength);
        Assert.Equal(60m, form.Fields[2].Max);
    }

    [Theory]
    [InlineData("""[1]""", FormFindingCodes.JsonInvalid)]
    [InlineData("""{ "components": [] }""", FormFindingCodes.IdMissing)]
    [InlineData("""{ "id": "f" }""", FormFindingCodes.JsonInvalid)]
    [InlineData("""{ "id": "f", "components": [ { "type": "textfield", "key": "a b" } ] }""", FormFindingCodes.KeyInvalid)]
    [InlineData("""{ "id": "f", "components": [ { "type": "textfield" } ] }""", FormFindingCodes.KeyInvalid)]
    [InlineData("""{ "id": "f", "components": [ { "type": "textfield", "key": "a" }, { "type": "number", "key": "a" } ] }""", FormFindingCodes.KeyDuplicate)]
    [InlineData("""{ "id": "f", "components": [ { "type": "textfield", "key": "a" }, { "type": "number", "key": "a.b" } ] }""", FormFindingCodes.KeyDuplicate)]
    [InlineData("""{ "id": "f", "components": [ { "type": "dynamiclist", "key": "a", "components": [] } ] }""", FormFindingCodes.ComponentUnsupported)]
    [InlineData("""{ "id": "f", "components": [ { "type": "filepicker", "key": "a", "multiple": "=many" } ] }""", FormFindingCodes.ComponentUnsupported)]
    [InlineData("""{ "id": "f", "components": [ { "type": "filepicker", "key": "a", "accept": "={{types}}" } ] }""", FormFindingCodes.ComponentUnsupported)]
    [InlineData("""{ "id": "f", "components": [ { "type": "textfield", "key": "a", "validate": { "pattern": "([a-z" } } ] }""", FormFindingCodes.ValidationInvalid)]
    [InlineData("""{ "id": "f", "components": [ { "type": "textfield", "key": "a", "validate": { "minLength": -1 } } ] }""", FormFindingCodes.ValidationInvalid)]
    [InlineData("""{ "id": "f", "components": [ { "type": "textfield", "key": "a", "conditional": { "hide": "=a +" } } ] }""", FormFindingCodes.ValidationInvalid)]
    [InlineData("""{ "id": "f", "components": [ { "type": "select", "key": "a", "valuesExpression": "=[1]" } ] }""", FormFindingCodes.ComponentUnsupported)]
    public void Parse_FormTheServerCannotHonour_IsAFinding(string json, string code)
    {
        var result = CamundaFormParser.Parse(json);

        Assert.False(result.IsValid);
        Assert.Contains(result.Findings, f => f.Code == code);
    }

    [Fact]
    public void Parse_FilePicker_ReadsMultipleAndAccept()
    {
        var result = CamundaFormParser.Parse("""
            { "id": "f", "components": [
              { "id": "F_many", "type": "filepicker", "key": "scans", "multiple": true, "accept": ".pdf,image/*" },
              { "id": "F_one", "type": "filepicker", "key": "photo" } ] }
            """);

        Assert.True(result.IsValid, string.Join("; ", result.Findings.Select(f => f.Message)));
        var fields = result.Form!.Fields;
        Assert.Equal((true, ".pdf,image/*"), (fields[0].Multiple, fields[0].Accept));
        Assert.Equal((false, (string?)null), (fields[1].Multiple, fields[1].Accept));
    }

    [Fact]
    public void Parse_HostileJson_IsBoundedBySizeDepthAndComponentCount()
    {
        var large = "{ \"id\": \"f\", \"components\": [], \"x\": \"" + new string('a', CamundaFormParser.MaxSize) + "\" }";
        var deep = "{ \"id\": \"f\", \"components\": [" + string.Concat(Enumerable.Repeat("{ \"type\": \"group\", \"components\": [", 40))
            + string.Concat(Enumerable.Repeat("] }", 40)) + "] }";
        var many = "{ \"id\": \"f\", \"components\": [" + string.Join(",", Enumerable.Range(0, CamundaFormParser.MaxComponents + 1).Select(i => "{ \"type\": \"spacer\" }")) + "] }";

        Assert.Equal(FormFindingCodes.TooLarge, Assert.Single(CamundaFormParser.Parse(large).Findings).Code);
        Assert.Equal(FormFindingCodes.JsonInvalid, Assert.Single(CamundaFormParser.Parse(deep).Findings).Code);
        Assert.Contains(CamundaFormParser.Parse(many).Findings, f => f.Code == FormFindingCodes.TooManyComponents);
    }
}
