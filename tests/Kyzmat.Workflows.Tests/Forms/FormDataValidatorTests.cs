using System.Text.Json.Nodes;
using Kyzmat.Workflows.Forms;

namespace Kyzmat.Workflows.Tests.Forms;

public class FormDataValidatorTests
{
    private static readonly CamundaForm Form = CamundaFormParser.Parse(FormSamples.AllFields).Form!;

    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    private static FormValidationResult Validate(string extraJson, string variables = """{ "offices": [ { "label": "Osh", "value": "osh" }, "naryn" ] }""")
    {
        var data = JsonNode.Parse(FormSamples.MinimalData)!.AsObject();
        foreach (var (key, value) in JsonNode.Parse(extraJson)!.AsObject())
        {
            data[key] = value?.DeepClone();
        }

        return FormDataValidator.Validate(Form, data, JsonNode.Parse(variables)!.AsObject(), Now);
    }

    [Theory]
    [InlineData("""{ "name": "Aidana Aidarova" }""", "name", FormErrorCodes.TooLong)]
    [InlineData("""{ "name": "A" }""", "name", FormErrorCodes.TooShort)]
    [InlineData("""{ "name": "" }""", "name", FormErrorCodes.Required)]
    [InlineData("""{ "name": 5 }""", "name", FormErrorCodes.Type)]
    [InlineData("""{ "mail": "aida.example.kg" }""", "mail", FormErrorCodes.Email)]
    [InlineData("""{ "phone": "call me" }""", "phone", FormErrorCodes.Phone)]
    [InlineData("""{ "code": "ab-123" }""", "code", FormErrorCodes.Pattern)]
    [InlineData("""{ "notes": "more than twenty characters" }""", "notes", FormErrorCodes.TooLong)]
    [InlineData("""{ "score": 61 }""", "score", FormErrorCodes.AboveMax)]
    [InlineData("""{ "score": -1 }""", "score", FormErrorCodes.BelowMin)]
    [InlineData("""{ "score": 12.25 }""", "score", FormErrorCodes.Decimals)]
    [InlineData("""{ "score": "12" }""", "score", FormErrorCodes.Type)]
    [InlineData("""{ "cleared": false }""", "cleared", FormErrorCodes.Required)]
    [InlineData("""{ "cleared": "yes" }""", "cleared", FormErrorCodes.Type)]
    [InlineData("""{ "checks": ["police", "court"] }""", "checks", FormErrorCodes.Option)]
    [InlineData("""{ "checks": "police" }""", "checks", FormErrorCodes.Type)]
    [InlineData("""{ "level": "medium" }""", "level", FormErrorCodes.Option)]
    [InlineData("""{ "office": "talas" }""", "office", FormErrorCodes.Option)]
    [InlineData("""{ "checkedOn": "06.12.2026" }""", "checkedOn", FormErrorCodes.Date)]
    [InlineData("""{ "checkedOn": "2026-02-30" }""", "checkedOn", FormErrorCodes.Date)]
    [InlineData("""{ "nextCheck": "2026-12-05T10:00" }""", "nextCheck", FormErrorCodes.DatePassed)]
    [InlineData("""{ "at": "25:00" }""", "at", FormErrorCodes.Date)]
    [InlineData("""{ "tags": ["a", "c"] }""", "tags", FormErrorCodes.Option)]
    [InlineData("""{ "level": "high" }""", "why", FormErrorCodes.Required)]
    [InlineData("""{ "address": { "city": "" } }""", "address.city", FormErrorCodes.Required)]
    [InlineData("""{ "admitted": true }""", "admitted", FormErrorCodes.Unknown)]
    [InlineData("""{ "address": { "city": "Osh", "street": "Lenin" } }""", "address.street", FormErrorCodes.Unknown)]
    public void Validate_InvalidField_IsRefusedWithItsKeyAndCode(string data, string key, string code)
    {
        var result = Validate(data);

        var error = Assert.Single(result.Errors);
        Assert.Equal((key, code), (error.Key, error.Code));
    }

    [Fact]
    public void Validate_EveryFieldValid_GivesOnlyTheFormsKeysAsVariables()
    {
        var result = Validate("""
            { "mail": "aida@example.kg", "phone": "+996 555 123 456", "code": "AB-123", "notes": "fine", "score": 42.5, "checks": ["tax"],
              "level": "high", "why": "flagged", "office": "naryn", "checkedOn": "2026-12-01", "nextCheck": "2026-12-24T09:30+06:00", "at": "14:30",
              "tags": ["a", "b"], "decision": "admitted" }
            """);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal("Bishkek", result.Variables["address"]!["city"]!.GetValue<string>());
        Assert.Equal(42.5m, result.Variables["score"]!.GetValue<decimal>());
        Assert.False(result.Variables.ContainsKey("decision"));
    }

    [Fact]
    public void Validate_HiddenField_SetsNothingEvenWhenSubmitted()
    {
        var result = Validate("""{ "level": "low", "why": "sneaked in" }""");

        Assert.True(result.IsValid);
        Assert.False(result.Variables.ContainsKey("why"));
    }

    [Fact]
    public void Validate_NothingSubmitted_NamesEveryRequiredField()
    {
        var result = FormDataValidator.Validate(Form, null, null, Now);

        Assert.Equal(["name", "cleared", "address.city"], result.Errors.Select(e => e.Key));
        Assert.All(result.Errors, e => Assert.Equal(FormErrorCodes.Required, e.Code));
    }
}
