using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kyzmat.Workflows.Parsing;

namespace Kyzmat.Workflows.Forms;

/// <summary>Reads one input component of a form (its key, validate, options, conditional) into a <see cref="FormField"/>.</summary>
internal static class FormFieldReader
{
    public static FormField? Read(JsonObject component, string type, IReadOnlyList<string> prefix, List<Finding> findings)
    {
        var key = CamundaFormParser.Text(component["key"]);
        var id = CamundaFormParser.Text(component["id"]) ?? key;
        var before = findings.Count;
        if (key is null || !CamundaFormParser.ValidKey(key))
        {
            findings.Add(new Finding(id, FormFindingCodes.KeyInvalid, $"The {type} field needs a key that is a variable name (letters, digits, _ and dots), got '{key}'."));
            return null;
        }

        var validate = component["validate"] as JsonObject ?? [];
        var pattern = CamundaFormParser.Text(validate["pattern"]);
        if (pattern is not null && !PatternCompiles(pattern))
        {
            findings.Add(new Finding(id, FormFindingCodes.ValidationInvalid, $"The pattern of '{key}' is not a regular expression the server can check."));
        }

        var validationType = CamundaFormParser.Text(validate["validationType"]);
        if (validationType is not (null or "" or "email" or "phone" or "custom"))
        {
            findings.Add(new Finding(id, FormFindingCodes.ValidationInvalid, $"The validation type '{validationType}' of '{key}' is not email, phone or custom."));
        }

        var hide = (component["conditional"] as JsonObject)?["hide"];
        var hideWhen = CamundaFormParser.Text(hide);
        if (hide is not null && (hideWhen is null || !CamundaFormParser.ValidExpression(hideWhen)))
        {
            findings.Add(new Finding(id, FormFindingCodes.ValidationInvalid, $"The condition that hides '{key}' is not a FEEL expression."));
        }

        var (readOnly, readOnlyWhen) = Flag(component["readonly"], component["disabled"], id, key, findings);
        var subtype = type == "datetime" ? CamundaFormParser.Text(component["subtype"]) ?? "date" : null;
        if (subtype is not (null or "date" or "time" or "datetime"))
        {
            findings.Add(new Finding(id, FormFindingCodes.ValidationInvalid, $"The datetime subtype '{subtype}' of '{key}' is not date, time or datetime."));
        }

        var (multiple, accept) = type == "filepicker" ? FilePicker(component, id, key, findings) : (false, null);
        var options = FormFieldTypes.WithOptions.Contains(type) ? ReadOptions(component, id, key, findings) : (null, null);
        var field = new FormField(id!, key, [.. prefix, .. key.Split('.')], type)
        {
            Label = CamundaFormParser.Text(component["label"]),
            Required = validate["required"] is JsonValue required && required.GetValueKind() == JsonValueKind.True,
            MinLength = Count(validate["minLength"], "minLength", id, key, findings),
            MaxLength = Count(validate["maxLength"], "maxLength", id, key, findings),
            Min = Number(validate["min"], "min", id, key, findings),
            Max = Number(validate["max"], "max", id, key, findings),
            Pattern = string.IsNullOrEmpty(pattern) ? null : pattern,
            ValidationType = validationType is "email" or "phone" ? validationType : null,
            Options = options.Item1,
            OptionsKey = options.Item2,
            Subtype = subtype,
            DisallowPassedDates = component["disallowPassedDates"] is JsonValue passed && passed.GetValueKind() == JsonValueKind.True,
            ReadOnly = readOnly,
            ReadOnlyWhen = readOnlyWhen,
            HideWhen = hideWhen,
            DecimalDigits = type == "number" ? Count(component["decimalDigits"], "decimalDigits", id, key, findings) : null,
            SerializeToString = component["serializeToString"] is JsonValue s && s.GetValueKind() == JsonValueKind.True,
            Multiple = multiple,
            Accept = accept,
        };
        return findings.Count == before ? field : null;
    }

    /// <summary>
    /// <c>multiple</c> as a boolean and <c>accept</c> as plain text: form-js also takes a FEEL expression or template for
    /// either, which the server would have to evaluate as the browser did, so those are refused.
    /// </summary>
    private static (bool, string?) FilePicker(JsonObject component, string? id, string key, List<Finding> findings)
    {
        var multiple = component["multiple"];
        if (multiple is not null && (multiple is not JsonValue m || m.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False)))
        {
            findings.Add(new Finding(id, FormFindingCodes.ComponentUnsupported, $"The file picker '{key}' takes \"multiple\" as true or false only, not an expression."));
        }

        var accept = CamundaFormParser.Text(component["accept"]);
        if ((component["accept"] is not null && accept is null) || (accept is not null && (accept.StartsWith('=') || accept.Contains("{{", StringComparison.Ordinal))))
        {
            findings.Add(new Finding(id, FormFindingCodes.ComponentUnsupported, $"The file picker '{key}' takes \"accept\" as plain text (\".pdf,image/*\") only, not an expression."));
        }

        return (IsTrue(multiple), string.IsNullOrWhiteSpace(accept) ? null : accept);
    }

    private static bool PatternCompiles(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, CamundaFormParser.PatternTimeout);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static (IReadOnlyList<JsonNode?>?, string?) ReadOptions(JsonObject component, string? id, string key, List<Finding> findings)
    {
        if (CamundaFormParser.Text(component["valuesKey"]) is { } valuesKey)
        {
            if (!CamundaFormParser.ValidKey(valuesKey))
            {
                findings.Add(new Finding(id, FormFindingCodes.ValidationInvalid, $"The options variable '{valuesKey}' of '{key}' is not a variable name."));
            }

            return (null, valuesKey);
        }

        if (component["valuesExpression"] is not null)
        {
            findings.Add(new Finding(id, FormFindingCodes.ComponentUnsupported, $"Options of '{key}' from an expression are not supported yet; use static values or a variable (valuesKey)."));
            return (null, null);
        }

        var values = new List<JsonNode?>();
        foreach (var option in component["values"] as JsonArray ?? [])
        {
            if (option is not JsonObject o || o["value"] is not JsonValue value || value.GetValueKind() is JsonValueKind.Object or JsonValueKind.Array)
            {
                findings.Add(new Finding(id, FormFindingCodes.ValidationInvalid, $"Each option of '{key}' has a label and a value."));
                continue;
            }

            values.Add(value.DeepClone());
        }

        return (values, null);
    }

    private static (bool, string?) Flag(JsonNode? readOnly, JsonNode? disabled, string? id, string key, List<Finding> findings)
    {
        var isStatic = IsTrue(readOnly) || IsTrue(disabled);
        var expression = CamundaFormParser.Text(readOnly);
        if (expression is not null && !CamundaFormParser.ValidExpression(expression))
        {
            findings.Add(new Finding(id, FormFindingCodes.ValidationInvalid, $"The read-only condition of '{key}' is not a FEEL expression."));
        }

        return (isStatic, expression);
    }

    private static bool IsTrue(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    private static int? Count(JsonNode? node, string name, string? id, string key, List<Finding> findings)
    {
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var count) && count >= 0)
        {
            return count;
        }

        findings.Add(new Finding(id, FormFindingCodes.ValidationInvalid, $"'{name}' of '{key}' is not a whole number of 0 or more (expressions are not supported here yet)."));
        return null;
    }

    private static decimal? Number(JsonNode? node, string name, string? id, string key, List<Finding> findings)
    {
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<decimal>(out var number))
        {
            return number;
        }

        // form-js saves a number typed into the editor's field as text at times.
        if (CamundaFormParser.Text(node) is { } text && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        findings.Add(new Finding(id, FormFindingCodes.ValidationInvalid, $"'{name}' of '{key}' is not a number (expressions are not supported here yet)."));
        return null;
    }
}
