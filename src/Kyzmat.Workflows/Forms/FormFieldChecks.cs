using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kyzmat.Workflows.Forms;

/// <summary>The checks of one non-empty submitted value by its field's type; null when the value is good.</summary>
internal static partial class FormFieldChecks
{
    public static FormFieldError? Check(FormField field, string path, JsonNode value, JsonObject? variables, DateTimeOffset now) => field.Type switch
    {
        "textfield" or "textarea" => Text(field, path, value),
        "number" => Number(field, path, value),
        "checkbox" => value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? null : TypeError(field, path, "yes or no"),
        "radio" or "select" => value is JsonValue scalar ? Option(field, path, scalar, variables) : TypeError(field, path, "one of the options"),
        "checklist" or "taglist" => List(field, path, value, variables),
        "datetime" => DateTime(field, path, value, now),
        "filepicker" => FormDocumentReferences.Check(field, path, value),
        _ => TypeError(field, path, "a known field type"),
    };

    private static FormFieldError TypeError(FormField field, string path, string expected) =>
        FormDataValidator.Error(field, path, FormErrorCodes.Type, $"The value is not {expected}.");

    private static FormFieldError? Text(FormField field, string path, JsonNode value)
    {
        if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
        {
            return TypeError(field, path, "text");
        }

        var text = v.GetValue<string>();
        if (text.Length > (field.MaxLength ?? FormDataValidator.MaxTextLength))
        {
            return FormDataValidator.Error(field, path, FormErrorCodes.TooLong, $"At most {field.MaxLength ?? FormDataValidator.MaxTextLength} characters.",
                field.MaxLength ?? FormDataValidator.MaxTextLength);
        }

        if (field.MinLength is { } min && text.Length < min)
        {
            return FormDataValidator.Error(field, path, FormErrorCodes.TooShort, $"At least {min} characters.", min);
        }

        if (field.ValidationType == "email" && !EmailPattern().IsMatch(text))
        {
            return FormDataValidator.Error(field, path, FormErrorCodes.Email, "The value is not an e-mail address.");
        }

        if (field.ValidationType == "phone" && !PhonePattern().IsMatch(text))
        {
            return FormDataValidator.Error(field, path, FormErrorCodes.Phone, "The value is not a phone number.");
        }

        if (field.Pattern is { } pattern && !Matches(pattern, text))
        {
            return FormDataValidator.Error(field, path, FormErrorCodes.Pattern, "The value does not have the expected form.");
        }

        return null;
    }

    private static bool Matches(string pattern, string text)
    {
        try
        {
            // As form-js's RegExp.test: a match anywhere, unless the pattern anchors itself. Bounded in time (hostile patterns).
            return Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, CamundaFormParser.PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static FormFieldError? Number(FormField field, string path, JsonNode value)
    {
        decimal number;
        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out decimal n))
        {
            number = n;
        }
        else if (field.SerializeToString && value is JsonValue s && s.GetValueKind() == JsonValueKind.String
                 && decimal.TryParse(s.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            number = parsed;
        }
        else
        {
            return TypeError(field, path, "a number");
        }

        if (field.Min is { } min && number < min)
        {
            return FormDataValidator.Error(field, path, FormErrorCodes.BelowMin, $"At least {min}.", min);
        }

        if (field.Max is { } max && number > max)
        {
            return FormDataValidator.Error(field, path, FormErrorCodes.AboveMax, $"At most {max}.", max);
        }

        if (field.DecimalDigits is { } digits && decimal.Round(number, digits) != number)
        {
            return FormDataValidator.Error(field, path, FormErrorCodes.Decimals, $"At most {digits} digits after the decimal point.", digits);
        }

        return null;
    }

    private static FormFieldError? List(FormField field, string path, JsonNode value, JsonObject? variables)
    {
        if (value is not JsonArray items || items.Count > FormDataValidator.MaxItems || items.Any(i => i is not JsonValue))
        {
            return TypeError(field, path, "a list of options");
        }

        return items.Select(i => Option(field, path, (JsonValue)i!, variables)).FirstOrDefault(e => e is not null);
    }

    private static FormFieldError? Option(FormField field, string path, JsonValue value, JsonObject? variables)
    {
        var options = field.Options ?? OptionsOf(field.OptionsKey, variables);
        return options.Any(o => JsonNode.DeepEquals(o, value))
            ? null
            : FormDataValidator.Error(field, path, FormErrorCodes.Option, "The value is not one of the options.");
    }

    /// <summary>Options from a variable (valuesKey): a list of { label, value } or of plain values.</summary>
    private static IReadOnlyList<JsonNode?> OptionsOf(string? key, JsonObject? variables)
    {
        JsonNode? node = variables;
        foreach (var part in (key ?? "").Split('.'))
        {
            node = node is JsonObject o ? o[part] : null;
        }

        return node is JsonArray list ? list.Select(i => i is JsonObject o ? o["value"] : i).ToList() : [];
    }

    private static FormFieldError? DateTime(FormField field, string path, JsonNode value, DateTimeOffset now)
    {
        if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
        {
            return FormDataValidator.Error(field, path, FormErrorCodes.Date, "The value is not a date or time.");
        }

        var text = v.GetValue<string>();
        var valid = field.Subtype switch
        {
            "time" => TimePattern().IsMatch(text),
            "datetime" => DateTimePattern().IsMatch(text),
            _ => DatePattern().IsMatch(text),
        };
        if (!valid || (field.Subtype != "time" && !DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
        {
            return FormDataValidator.Error(field, path, FormErrorCodes.Date, "The value is not a date or time.");
        }

        if (field.DisallowPassedDates && field.Subtype != "time"
            && DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture) < DateOnly.FromDateTime(now.UtcDateTime))
        {
            return FormDataValidator.Error(field, path, FormErrorCodes.DatePassed, "The date has passed.");
        }

        return null;
    }

    [GeneratedRegex(@"^[^\s@]+@[^\s@]+\.[^\s@]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{5,22}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();
}
