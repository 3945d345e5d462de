using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Forms;

/// <summary>
/// A filepicker's value: a list of document references <c>{ "documentId": "…", "metadata": { "fileName", "contentType",
/// "size" } }</c> (Camunda's document reference shape; at most one without <c>multiple</c>, a single reference is taken as
/// a list of one). Only <c>documentId</c> is read from the submission; the rest is written from the host's document, so a
/// variable never claims a name or type the file does not have. See docs/decisions/0105-camunda-forms.md.
/// </summary>
public static class FormDocumentReferences
{
    public const int MaxDocuments = 50;

    /// <summary>The shape: references with a document id each, as many as the field takes.</summary>
    internal static FormFieldError? Check(FormField field, string path, JsonNode value)
    {
        var items = value is JsonArray array ? array.ToList() : [value];
        var most = field.Multiple ? MaxDocuments : 1;
        if (items.Count > most || items.Any(item => IdOf(item) is null))
        {
            return FormDataValidator.Error(field, path, FormErrorCodes.Type,
                field.Multiple ? $"The value is not a list of at most {MaxDocuments} document references." : "The value is not one document reference.");
        }

        return null;
    }

    /// <summary>
    /// Checks every filepicker's references against the host's documents (they exist and <paramref name="userId"/> uploaded
    /// them, of a type the field accepts) and writes each value as the list of full references. Returns the refusals.
    /// </summary>
    public static async Task<IReadOnlyList<FormFieldError>> ResolveAsync(CamundaForm form, JsonObject variables, string userId, IFormDocuments documents, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(documents);
        var fields = form.Fields.Where(f => f.Type == "filepicker")
            .Select(f => (Field: f, Parent: ParentOf(variables, f.Path)))
            .Where(x => x.Parent?[x.Field.Path[^1]] is not null)
            .ToList();
        if (fields.Count == 0)
        {
            return [];
        }

        var idsOf = fields.ToDictionary(x => x.Field, x => Items(x.Parent![x.Field.Path[^1]]!).Select(i => IdOf(i)!.Value).ToList());
        var owned = await documents.FindOwnedAsync(userId, idsOf.Values.SelectMany(ids => ids).Distinct().ToList(), ct).ConfigureAwait(false);
        var errors = new List<FormFieldError>();
        foreach (var (field, parent) in fields)
        {
            var path = string.Join('.', field.Path);
            var ids = idsOf[field];
            if (ids.Any(id => !owned.ContainsKey(id)))
            {
                errors.Add(FormDataValidator.Error(field, path, FormErrorCodes.Document, "A document does not exist or was not uploaded by you."));
            }
            else if (field.Accept is { } accept && ids.Select(id => owned[id]).FirstOrDefault(d => !FileAccept.Allows(accept, d.FileName, d.ContentType)) is { } refused)
            {
                errors.Add(FormDataValidator.Error(field, path, FormErrorCodes.DocumentType, $"'{refused.FileName}' is not of a type the field accepts ({accept}).",
                    refused.FileName, accept));
            }
            else
            {
                parent![field.Path[^1]] = new JsonArray([.. ids.Select(id => Reference(owned[id]))]);
            }
        }

        return errors;
    }

    private static JsonObject Reference(FormDocument document) => new()
    {
        ["documentId"] = document.Id.ToString(),
        ["metadata"] = new JsonObject
        {
            ["fileName"] = document.FileName,
            ["contentType"] = document.ContentType,
            ["size"] = document.Size,
        },
    };

    private static List<JsonNode?> Items(JsonNode value) => value is JsonArray array ? [.. array] : [value];

    private static Guid? IdOf(JsonNode? item) =>
        item is JsonObject reference && reference["documentId"] is JsonValue id && id.GetValueKind() == JsonValueKind.String
            && Guid.TryParse(id.GetValue<string>(), out var guid) ? guid : null;

    private static JsonObject? ParentOf(JsonObject variables, IReadOnlyList<string> path)
    {
        var node = variables;
        for (var i = 0; i < path.Count - 1; i++)
        {
            if (node[path[i]] is not JsonObject next)
            {
                return null;
            }

            node = next;
        }

        return node;
    }
}
