using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kyzmat.Workflows.Expressions;
using Kyzmat.Workflows.Parsing;

namespace Kyzmat.Workflows.Forms;

/// <summary>
/// Reads Camunda Forms JSON (as form-js and Camunda Modeler save .form files) into the fields the server validates. Bounded
/// against hostile input (size, nesting, component count); anything it cannot honour on the server is a finding, never an
/// exception. See docs/decisions/0105-camunda-forms.md.
/// </summary>
public static partial class CamundaFormParser
{
    /// <summary>Characters of JSON text.</summary>
    public const int MaxSize = 512 * 1024;

    public const int MaxDepth = 32;

    public const int MaxComponents = 500;

    public const int MaxKeyLength = 200;

    internal static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    public static FormParseResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var findings = new List<Finding>();
        if (json.Length > MaxSize)
        {
            return Refused(new Finding(null, FormFindingCodes.TooLarge, $"The form is larger than {MaxSize / 1024} KB."));
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException ex)
        {
            return Refused(new Finding(null, FormFindingCodes.JsonInvalid, $"The form is not valid JSON (or nests deeper than {MaxDepth}): {ex.Message}"));
        }

        if (root is not JsonObject form)
        {
            return Refused(new Finding(null, FormFindingCodes.JsonInvalid, "A form is a JSON object."));
        }

        var id = Text(form["id"]);
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxKeyLength)
        {
            findings.Add(new Finding(null, FormFindingCodes.IdMissing, $"A form needs an \"id\" (text of 1 to {MaxKeyLength} characters)."));
        }

        if (form["type"] is { } type && Text(type) != "default")
        {
            findings.Add(new Finding(null, FormFindingCodes.JsonInvalid, "A form's \"type\" is \"default\"."));
        }

        var versionTag = Text(form["versionTag"]);
        if (form["versionTag"] is not null && (string.IsNullOrWhiteSpace(versionTag) || versionTag.Length > MaxKeyLength))
        {
            findings.Add(new Finding(null, FormFindingCodes.JsonInvalid, "A form's \"versionTag\" is text of 1 to 200 characters."));
        }

        if (form["components"] is not JsonArray components)
        {
            findings.Add(new Finding(null, FormFindingCodes.JsonInvalid, "A form needs \"components\" (a list)."));
            return new FormParseResult(null, findings);
        }

        var reader = new Reader(findings);
        reader.ReadComponents(components, []);
        if (reader.Count > MaxComponents)
        {
            findings.Add(new Finding(null, FormFindingCodes.TooManyComponents, $"A form may have at most {MaxComponents} components."));
        }

        reader.CheckPaths();
        return new FormParseResult(findings.Count == 0 ? new CamundaForm(id!, versionTag, reader.Fields) : null, findings);
    }

    private static FormParseResult Refused(Finding finding) => new(null, [finding]);

    internal static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$\-]*(\.[A-Za-z_$][A-Za-z0-9_$\-]*)*$", RegexOptions.CultureInvariant)]
    internal static partial Regex KeyPattern();

    private sealed class Reader(List<Finding> findings)
    {
        public List<FormField> Fields { get; } = [];

        public int Count { get; private set; }

        public void ReadComponents(JsonArray components, IReadOnlyList<string> prefix)
        {
            foreach (var node in components)
            {
                if (++Count > MaxComponents)
                {
                    return;
                }

                if (node is not JsonObject component || Text(component["type"]) is not { } type)
                {
                    findings.Add(new Finding(null, FormFindingCodes.JsonInvalid, "Each component is an object with a \"type\"."));
                    continue;
                }

                var name = Text(component["id"]) ?? Text(component["key"]);
                if (type == "group")
                {
                    var path = Text(component["path"]);
                    if (path is not null && path.Length > 0 && !ValidKey(path))
                    {
                        findings.Add(new Finding(name, FormFindingCodes.KeyInvalid, $"The group's path '{path}' is not a variable name (letters, digits, _ and dots)."));
                        continue;
                    }

                    ReadComponents(component["components"] as JsonArray ?? [], string.IsNullOrEmpty(path) ? prefix : [.. prefix, .. path.Split('.')]);
                }
                else if (FormFieldTypes.Inputs.Contains(type))
                {
                    if (FormFieldReader.Read(component, type, prefix, findings) is { } field)
                    {
                        Fields.Add(field);
                    }
                }
                else if (!FormFieldTypes.Display.Contains(type))
                {
                    findings.Add(new Finding(name, FormFindingCodes.ComponentUnsupported,
                        $"The component type '{type}' is not supported yet (inputs: {string.Join(", ", FormFieldTypes.Inputs)}; groups; display components)."));
                }
            }
        }

        /// <summary>Two fields cannot write the same variable, nor one a variable inside another's ("a" and "a.b").</summary>
        public void CheckPaths()
        {
            var seen = new Dictionary<string, FormField>(StringComparer.Ordinal);
            foreach (var field in Fields)
            {
                var path = string.Join('.', field.Path);
                if (!seen.TryAdd(path, field))
                {
                    findings.Add(new Finding(field.Id, FormFindingCodes.KeyDuplicate, $"Two fields write the variable '{path}'."));
                }
            }

            foreach (var path in seen.Keys)
            {
                if (seen.Keys.FirstOrDefault(other => other.StartsWith(path + ".", StringComparison.Ordinal)) is { } inner)
                {
                    findings.Add(new Finding(seen[inner].Id, FormFindingCodes.KeyDuplicate, $"The field '{inner}' writes inside the field '{path}'."));
                }
            }
        }
    }

    internal static bool ValidKey(string key) => key.Length <= MaxKeyLength && KeyPattern().IsMatch(key);

    internal static bool ValidExpression(string text) => FeelExpression.Check(text) is null;
}
