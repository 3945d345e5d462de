using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kyzmat.Workflows.Forms;

/// <summary>
/// The variables a form shows when a task is opened: those its fields write, its options come from, and its expressions and
/// templates name (as Camunda's Tasklist fetches the variables a form references) — not every variable of the instance.
/// </summary>
public static partial class FormPrefill
{
    public static JsonObject Of(CamundaForm form, string json, JsonObject variables)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(variables);
        var names = form.Fields.Select(f => f.Path[0]).Concat(form.Fields.Select(f => f.OptionsKey?.Split('.')[0]).OfType<string>()).ToHashSet(StringComparer.Ordinal);
        foreach (Match expression in Expressions().Matches(json))
        {
            foreach (Match word in Words().Matches(expression.Value))
            {
                names.Add(word.Value);
            }
        }

        var result = new JsonObject();
        foreach (var (name, value) in variables)
        {
            if (names.Contains(name))
            {
                result[name] = value?.DeepClone();
            }
        }

        return result;
    }

    // A JSON string value that is a FEEL expression ("=…"), or a template's {{…}}.
    [GeneratedRegex(@"""=(?:[^""\\]|\\.)*""|\{\{[^}]*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Expressions();

    [GeneratedRegex(@"[A-Za-z_$][A-Za-z0-9_$]*", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
