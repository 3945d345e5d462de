using System.Text.Json.Nodes;
using Kyzmat.Workflows.Forms;

namespace Kyzmat.Workflows.Tests.Forms;

/// <summary>A filepicker's references, checked in shape by the validator and against the host's documents by the hook.</summary>
public class FormDocumentReferencesTests
{
    private static readonly Guid Scan = Guid.NewGuid();
    private static readonly Guid Photo = Guid.NewGuid();

    private static readonly CamundaForm Form = CamundaFormParser.Parse("""
        { "id": "f", "components": [
          { "id": "F_scans", "type": "filepicker", "key": "scans", "multiple": true, "accept": ".pdf" },
          { "id": "G", "type": "group", "path": "extra", "components": [ { "id": "F_one", "type": "filepicker", "key": "one" } ] } ] }
        """).Form!;

    /// <summary>The host's side, as a domain answers: the documents "aida" uploaded.</summary>
    private sealed class AidasDocuments : IFormDocuments
    {
        public Task<IReadOnlyDictionary<Guid, FormDocument>> FindOwnedAsync(string userId, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
            Task.FromResult<IReadOnlyDictionary<Guid, FormDocument>>(new[]
                {
                    new FormDocument(Scan, "scan.pdf", "application/pdf", 10),
                    new FormDocument(Photo, "photo.png", "image/png", 20),
                }
                .Where(d => userId == "aida" && ids.Contains(d.Id)).ToDictionary(d => d.Id));
    }

    private static async Task<(JsonObject Variables, IReadOnlyList<FormFieldError> Errors)> CompleteAsync(string json, string userId = "aida")
    {
        var checkedData = FormDataValidator.Validate(Form, JsonNode.Parse(json)!.AsObject(), null, DateTimeOffset.UtcNow);
        if (!checkedData.IsValid)
        {
            return (checkedData.Variables, checkedData.Errors);
        }

        return (checkedData.Variables, await FormDocumentReferences.ResolveAsync(Form, checkedData.Variables, userId, new AidasDocuments(), default));
    }

    [Fact]
    public async Task OwnDocuments_BecomeReferencesWrittenFromTheStoredDocument_OneWithoutMultipleAsAListOfOne()
    {
        var (variables, errors) = await CompleteAsync($$"""
            { "scans": [ { "documentId": "{{Scan}}", "metadata": { "fileName": "other.exe" } } ], "extra": { "one": { "documentId": "{{Photo}}" } } }
            """);

        Assert.Empty(errors);
        Assert.Equal($$$"""[{"documentId":"{{{Scan}}}","metadata":{"fileName":"scan.pdf","contentType":"application/pdf","size":10}}]""",
            variables["scans"]!.ToJsonString());
        Assert.Equal(Photo.ToString(), variables["extra"]!["one"]!.AsArray().Single()!["documentId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{ "scans": "files::1" }""", "scans", FormErrorCodes.Type)]
    [InlineData("""{ "scans": [ { "documentId": "not-a-guid" } ] }""", "scans", FormErrorCodes.Type)]
    [InlineData("""{ "extra": { "one": [ { "documentId": "00000000-0000-0000-0000-000000000001" }, { "documentId": "00000000-0000-0000-0000-000000000002" } ] } }""", "extra.one", FormErrorCodes.Type)]
    [InlineData("""{ "scans": [ { "documentId": "00000000-0000-0000-0000-000000000001" } ] }""", "scans", FormErrorCodes.Document)]
    public async Task AReferenceOfTheWrongShapeOrToNoDocument_IsRefusedAtItsField(string json, string key, string code)
    {
        var (_, errors) = await CompleteAsync(json);

        var error = Assert.Single(errors);
        Assert.Equal((key, code), (error.Key, error.Code));
    }

    [Fact]
    public async Task SomeoneElsesDocument_AndATypeAcceptDoesNotList_AreRefused()
    {
        var (_, others) = await CompleteAsync($$"""{ "scans": [ { "documentId": "{{Scan}}" } ] }""", userId: "nurlan");
        var (_, wrongType) = await CompleteAsync($$"""{ "scans": [ { "documentId": "{{Photo}}" } ] }""");

        Assert.Equal(FormErrorCodes.Document, Assert.Single(others).Code);
        Assert.Equal((FormErrorCodes.DocumentType, "photo.png"), (Assert.Single(wrongType).Code, Assert.Single(wrongType).Arguments[0]));
    }
}
