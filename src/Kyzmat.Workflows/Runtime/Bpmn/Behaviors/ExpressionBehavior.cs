using System.Globalization;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;
using Kyzmat.Workflows.Timers;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>
/// Reads an element's Zeebe properties over the instance variables: a value that starts with '=' is FEEL, any other
/// is static. Expressions see what is visible at the token (<see cref="VariableBehavior.ViewOf"/>). A result of the
/// wrong type is an <see cref="IncidentException"/> on the token.
/// </summary>
internal sealed class ExpressionBehavior(InstanceSession session, VariableBehavior variables)
{
    public object? Evaluate(TokenState? token, string expression) =>
        FeelExpression.Cached(expression).Evaluate(variables.ViewOf(token), session.NowOffset);

    public string? EvaluateText(TokenState? token, string? value)
    {
        if (!FeelExpression.IsExpression(value))
        {
            return value;
        }

        return Evaluate(token, value!) switch
        {
            null => null,
            string s => s,
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            var temporal and (FeelDate or FeelTime or FeelDateTime or TimeSpan or YearsMonthsDuration) => FeelValues.ToJson(temporal)!.GetValue<string>(),
            var other => throw new IncidentException(IncidentCodes.ExpressionFailed, $"'{value}' gave a {FeelValues.TypeName(other)}, not text."),
        };
    }

    public List<string> EvaluateList(TokenState token, string? value)
    {
        if (!FeelExpression.IsExpression(value))
        {
            return (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        }

        return Evaluate(token, value!) switch
        {
            null => [],
            string s => s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList(),
            List<object?> list => list.Select(i => i?.ToString() ?? "").Where(s => s.Length > 0).ToList(),
            var other => throw new IncidentException(IncidentCodes.ExpressionFailed, $"'{value}' gave a {FeelValues.TypeName(other)}, not a list."),
        };
    }

    /// <summary>A user task's priority: 50 when the task has none (Camunda's default), else a whole number from 0 to 100.</summary>
    public int EvaluatePriority(TokenState token, string? value)
    {
        if (value is null)
        {
            return 50;
        }

        object? result = FeelExpression.IsExpression(value) ? Evaluate(token, value) : decimal.Parse(value, CultureInfo.InvariantCulture);
        return result is decimal d && d == decimal.Truncate(d) && d is >= 0 and <= 100
            ? (int)d
            : throw new IncidentException(IncidentCodes.ExpressionFailed,
                $"The priority '{value}' gave {(result is null ? "null" : $"a {FeelValues.TypeName(result)} '{result}'")}, not a whole number from 0 to 100.");
    }

    public DateTime? EvaluateDate(TokenState token, string? value)
    {
        if (value is null)
        {
            return null;
        }

        object? result = FeelExpression.IsExpression(value) ? Evaluate(token, value) : value;
        return result switch
        {
            null => null,
            FeelDateTime t when FeelValues.TryGetInstant(t, out var instant) => instant.UtcDateTime,
            string s when FeelValues.TryParseDateTime(s, out var t) => t.UtcDateTime,
            _ => throw new IncidentException(IncidentCodes.ExpressionFailed, $"'{value}' is not a date and time."),
        };
    }

    public DateTime DueAt(TokenState token, TimerDefinition timer)
    {
        if (timer.Kind == TimerKind.Cycle)
        {
            return Cycle(token, timer).Next(session.Now, session.Now)
                ?? throw new IncidentException(IncidentCodes.ExpressionFailed, $"The timer cycle '{timer.Expression}' never fires.");
        }

        object? result = FeelExpression.IsExpression(timer.Expression) ? Evaluate(token, timer.Expression) : timer.Expression;
        return (timer.Kind, result) switch
        {
            (TimerKind.Duration, TimeSpan d) => session.Now + d,
            (TimerKind.Duration, YearsMonthsDuration m) when Math.Abs(m.TotalMonths) <= 12 * 1000 => session.Now.AddMonths((int)m.TotalMonths),
            (TimerKind.Duration, string s) when FeelValues.TryParseDuration(s, out var d) => session.Now + d,
            (TimerKind.Date, FeelDateTime t) when FeelValues.TryGetInstant(t, out var instant) => instant.UtcDateTime,
            (TimerKind.Date, string s) when FeelValues.TryParseDateTime(s, out var t) => t.UtcDateTime,
            _ => throw new IncidentException(IncidentCodes.ExpressionFailed,
                $"The timer '{timer.Expression}' did not give a {(timer.Kind == TimerKind.Duration ? "duration" : "date and time")}."),
        };
    }

    /// <summary>A timeCycle's schedule, its expression evaluated now (Camunda 8 evaluates a FEEL cycle again for each repetition).</summary>
    public ITimerSchedule Cycle(TokenState? token, TimerDefinition timer)
    {
        var text = FeelExpression.IsExpression(timer.Expression) ? EvaluateText(token, timer.Expression) : timer.Expression;
        var error = "it is null";
        return text is not null && TimerSchedules.TryParse(text, out var schedule, out error)
            ? schedule
            : throw new IncidentException(IncidentCodes.ExpressionFailed, $"The timer cycle '{timer.Expression}' is not a cycle: {error}");
    }

    public string CorrelationKey(TokenState token, BpmnElement element) =>
        EvaluateText(token, element.CorrelationKey)
            ?? throw new IncidentException(IncidentCodes.ExpressionFailed, $"The correlation key '{element.CorrelationKey}' of '{element.Id}' gave null.");

    /// <summary>The condition of a flow leaving a gateway: true or false, anything else is an incident.</summary>
    public bool EvaluateCondition(TokenState token, SequenceFlow flow)
    {
        var result = Evaluate(token, flow.Condition!);
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
