using System.Text.Json;
using System.Text.Json.Nodes;
using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Forms;

/// <summary>
/// Checks a submission against a form version on the server, as form-js checks it in the browser: required, types, lengths,
/// limits, patterns, options and dates. Only the form's own keys become variables; a key it does not define is an error, so a
/// form cannot be used to set what a gateway routes on. Hidden (conditional.hide) and read-only fields set nothing.
/// </summary>
public static class FormDataValidator
{
    public const int MaxTextLength = 100_000;

    public const int MaxItems = 1_000;

    /// <param name="variables">What the task sees (for options from a variable and for conditions).</param>
    public static FormValidationResult Validate(CamundaForm form, JsonObject? data, JsonObject? variables, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<FormFieldError>();
        var submitted = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        Collect(form, data ?? [], "", submitted, errors);
        var scope = Scope(variables, data);
        var result = new JsonObject();
        foreach (var field in form.Fields)
        {
            var path = string.Join('.', field.Path);
            var present = submitted.TryGetValue(path, out var value);
            if (IsTrue(field.HideWhen, scope, now) || field.ReadOnly || IsTrue(field.ReadOnlyWhen, scope, now))
            {
                continue;
            }

            if (IsEmpty(field, value))
            {
                if (field.Required)
                {
                    errors.Add(Error(field, path, FormErrorCodes.Required, "The field is required."));
                }
                else if (present)
                {
                    Set(result, field.Path, value?.DeepClone());
                }

                continue;
            }

            if (FormFieldChecks.Check(field, path, value!, variables, now) is { } error)
            {
                errors.Add(error);
                continue;
            }

            Set(result, field.Path, value!.DeepClone());
        }

        return new FormValidationResult(result, errors);
    }

    internal static FormFieldError Error(FormField field, string path, string code, string message, params object[] arguments) =>
        new(path, code, arguments, message) { Label = field.Label };

    /// <summary>Every submitted leaf under a field's path; anything else is an unknown field.</summary>
    private static void Collect(CamundaForm form, JsonObject data, string prefix, Dictionary<string, JsonNode?> submitted, List<FormFieldError> errors)
    {
        foreach (var (name, value) in data)
        {
            var path = prefix + name;
            if (form.Paths.Contains(path))
            {
                submitted[path] = value;
            }
            else if (value is JsonObject inner && form.Paths.Any(p => p.StartsWith(path + ".", StringComparison.Ordinal)))
            {
                Collect(form, inner, path + ".", submitted, errors);
            }
            else
            {
                errors.Add(new FormFieldError(path, FormErrorCodes.Unknown, [path], $"The form has no field '{path}'."));
            }
        }
    }

    private static bool IsEmpty(FormField field, JsonNode? value) => value switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Length == 0,
        JsonValue v when field.Type == "checkbox" && v.GetValueKind() == JsonValueKind.False => true,
        _ => false,
    };

    private static JsonObject Scope(JsonObject? variables, JsonObject? data)
    {
        var scope = (JsonObject?)variables?.DeepClone() ?? [];
        foreach (var (name, value) in data ?? [])
        {
            scope[name] = value?.DeepClone();
        }

        return scope;
    }

    private static bool IsTrue(string? expression, JsonObject scope, DateTimeOffset now)
    {
        if (expression is null)
        {
            return false;
        }

        try
        {
            return FeelExpression.Cached(expression).Evaluate(scope, now) is true;
        }
        catch (FeelException)
        {
            return false;
        }
    }

    private static void Set(JsonObject target, IReadOnlyList<string> path, JsonNode? value)
    {
        for (var i = 0; i < path.Count - 1; i++)
        {
            if (target[path[i]] is not JsonObject next)
            {
                next = [];
                target[path[i]] = next;
            }

            target = next;
        }

        target[path[^1]] = value;
    }
}
