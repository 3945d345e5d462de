using System.Globalization;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>
/// Reads an element's Zeebe properties over the instance variables: a value that starts with '=' is FEEL, any other
/// is static. A result of the wrong type is an <see cref="IncidentException"/> on the token.
/// </summary>
internal sealed class ExpressionBehavior(InstanceSession session)
{
    public object? Evaluate(string expression) => FeelExpression.Parse(expression).Evaluate(session.Variables, session.NowOffset);

    public string? EvaluateText(string? value)
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
            var other => throw new IncidentException(IncidentCodes.ExpressionFailed, $"'{value}' gave a {FeelValues.TypeName(other)}, not text."),
        };
    }

    public List<string> EvaluateList(string? value)
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

    public DateTime? EvaluateDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        object? result = FeelExpression.IsExpression(value) ? Evaluate(value) : value;
        return result switch
        {
            null => null,
            DateTimeOffset t => t.UtcDateTime,
            string s when FeelValues.TryParseDateTime(s, out var t) => t.UtcDateTime,
            _ => throw new IncidentException(IncidentCodes.ExpressionFailed, $"'{value}' is not a date and time."),
        };
    }

    public DateTime DueAt(TimerDefinition timer)
    {
        object? result = FeelExpression.IsExpression(timer.Expression) ? Evaluate(timer.Expression) : timer.Expression;
        return (timer.Kind, result) switch
        {
            (TimerKind.Duration, TimeSpan d) => session.Now + d,
            (TimerKind.Duration, string s) when FeelValues.TryParseDuration(s, out var d) => session.Now + d,
            (TimerKind.Date, DateTimeOffset t) => t.UtcDateTime,
            (TimerKind.Date, string s) when FeelValues.TryParseDateTime(s, out var t) => t.UtcDateTime,
            _ => throw new IncidentException(IncidentCodes.ExpressionFailed,
                $"The timer '{timer.Expression}' did not give a {(timer.Kind == TimerKind.Duration ? "duration" : "date and time")}."),
        };
    }

    public string CorrelationKey(BpmnElement element) =>
        EvaluateText(element.CorrelationKey)
            ?? throw new IncidentException(IncidentCodes.ExpressionFailed, $"The correlation key '{element.CorrelationKey}' of '{element.Id}' gave null.");

    /// <summary>The condition of a flow leaving a gateway: true or false, anything else is an incident.</summary>
    public bool EvaluateCondition(SequenceFlow flow)
    {
        var result = FeelExpression.Parse(flow.Condition!).Evaluate(session.Variables, session.NowOffset);
        return result switch
        {
            bool b => b,
            null => throw new IncidentException(IncidentCodes.ConditionNotBoolean,
                $"The condition '{flow.Condition}' of flow '{flow.Id}' gave null, not a boolean (is a variable missing?)."),
            _ => throw new IncidentException(IncidentCodes.ConditionNotBoolean,
                $"The condition '{flow.Condition}' of flow '{flow.Id}' gave a {FeelValues.TypeName(result)}, not a boolean."),
        };
    }
}
