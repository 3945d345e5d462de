using System.Globalization;
using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;
using Kyzmat.Workflows.History;

namespace Kyzmat.Workflows.Runtime;

internal sealed partial class ProcessExecutor
{
    private object? Evaluate(string expression) => FeelExpression.Parse(expression).Evaluate(_session.Variables, _session.NowOffset);

    private string? EvaluateText(string? value)
    {
        if (!FeelExpression.IsExpression(value))
        {
            return value;
        }

        return Evaluate(value!) switch
        {
            null => null,
            string s => s,
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            var temporal and (FeelDate or FeelTime or FeelDateTime or TimeSpan or YearsMonthsDuration) => FeelValues.ToJson(temporal)!.GetValue<string>(),
            var other => throw new IncidentException(IncidentCodes.ExpressionFailed, $"'{value}' gave a {FeelValues.TypeName(other)}, not text."),
        };
    }

    private List<string> EvaluateList(string? value)
    {
        if (!FeelExpression.IsExpression(value))
        {
            return (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        }

        return Evaluate(value!) switch
        {
            null => [],
            string s => s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList(),
            List<object?> list => list.Select(i => i?.ToString() ?? "").Where(s => s.Length > 0).ToList(),
            var other => throw new IncidentException(IncidentCodes.ExpressionFailed, $"'{value}' gave a {FeelValues.TypeName(other)}, not a list."),
        };
    }

    private DateTime? EvaluateDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        object? result = FeelExpression.IsExpression(value) ? Evaluate(value) : value;
        return result switch
        {
            null => null,
            FeelDateTime t when FeelValues.TryGetInstant(t, out var instant) => instant.UtcDateTime,
            string s when FeelValues.TryParseDateTime(s, out var t) => t.UtcDateTime,
            _ => throw new IncidentException(IncidentCodes.ExpressionFailed, $"'{value}' is not a date and time."),
        };
    }

    private DateTime DueAt(TimerDefinition timer)
    {
        object? result = FeelExpression.IsExpression(timer.Expression) ? Evaluate(timer.Expression) : timer.Expression;
        return (timer.Kind, result) switch
        {
            (TimerKind.Duration, TimeSpan d) => _session.Now + d,
            (TimerKind.Duration, YearsMonthsDuration m) when Math.Abs(m.TotalMonths) <= 12 * 1000 => _session.Now.AddMonths((int)m.TotalMonths),
            (TimerKind.Duration, string s) when FeelValues.TryParseDuration(s, out var d) => _session.Now + d,
            (TimerKind.Date, FeelDateTime t) when FeelValues.TryGetInstant(t, out var instant) => instant.UtcDateTime,
            (TimerKind.Date, string s) when FeelValues.TryParseDateTime(s, out var t) => t.UtcDateTime,
            _ => throw new IncidentException(IncidentCodes.ExpressionFailed,
                $"The timer '{timer.Expression}' did not give a {(timer.Kind == TimerKind.Duration ? "duration" : "date and time")}."),
        };
    }

    private JsonObject EvaluateMappings(IReadOnlyList<IoMapping> mappings, JsonObject source)
    {
        var result = new JsonObject();
        foreach (var mapping in mappings)
        {
            // With or without the leading '=', a source is read as FEEL (a bare "customer.name" is a path, as in early Zeebe).
            var value = FeelExpression.Parse(mapping.Source).Evaluate(source, _session.NowOffset);
            result[mapping.Target] = FeelValues.ToJson(value);
        }

        return result;
    }

    private static JsonObject Merge(JsonObject first, JsonObject second)
    {
        var merged = (JsonObject)first.DeepClone();
        foreach (var (key, value) in second)
        {
            merged[key] = value?.DeepClone();
        }

        return merged;
    }

    /// <summary>Sets instance variables and records which ones changed.</summary>
    public void MergeVariables(JsonObject? values, string? actor)
    {
        if (values is null || values.Count == 0)
        {
            return;
        }

        foreach (var (key, value) in values)
        {
            _session.Variables[key] = value?.DeepClone();
        }

        _session.History(HistoryEventTypes.VariablesChanged, null, null, actor, new JsonArray(values.Select(p => (JsonNode?)JsonValue.Create(p.Key)).ToArray()));
    }

    /// <summary>The variables a service-task handler sees: the instance variables plus the task's input mappings.</summary>
    public JsonObject HandlerVariables(BpmnElement element) =>
        element.Inputs.Count == 0 ? (JsonObject)_session.Variables.DeepClone() : Merge(_session.Variables, EvaluateMappings(element.Inputs, _session.Variables));
}
