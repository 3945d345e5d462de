namespace Kyzmat.Workflows.Expressions;

/// <summary>FEEL's binary operators; a pair of types an operator does not combine gives null, as the spec and Camunda do.</summary>
internal static class FeelOperators
{
    public static object? Binary(string op, object? left, object? right)
    {
        switch (op)
        {
            case "=":
                return FeelComparer.Equal(left, right);
            case "!=":
                return !FeelComparer.Equal(left, right);
        }

        if (left is null || right is null)
        {
            return null;
        }

        try
        {
            return op switch
            {
                "<" => FeelComparer.Compare(left, right) is { } c ? c < 0 : null,
                "<=" => FeelComparer.Compare(left, right) is { } c ? c <= 0 : null,
                ">" => FeelComparer.Compare(left, right) is { } c ? c > 0 : null,
                ">=" => FeelComparer.Compare(left, right) is { } c ? c >= 0 : null,
                "+" => Add(left, right),
                "-" => Subtract(left, right),
                "*" => Multiply(left, right),
                "/" => Divide(left, right),
                "**" => (left, right) is (decimal a, decimal b) ? FeelMath.Power(a, b) : null,
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public static object? Negate(object? value) => value switch
    {
        decimal d => -d,
        TimeSpan t when t != TimeSpan.MinValue => -t,
        YearsMonthsDuration m => new YearsMonthsDuration(-m.TotalMonths),
        _ => null,
    };

    private static object? Add(object left, object right) => (left, right) switch
    {
        (decimal a, decimal b) => a + b,
        (string a, string b) => a + b,
        (TimeSpan a, TimeSpan b) => a + b,
        (YearsMonthsDuration a, YearsMonthsDuration b) => new YearsMonthsDuration(checked(a.TotalMonths + b.TotalMonths)),
        (TimeSpan or YearsMonthsDuration, FeelDate or FeelDateTime or FeelTime) => TemporalArithmetic.Add(right, left),
        _ => TemporalArithmetic.Add(left, right),
    };

    private static object? Subtract(object left, object right) => (left, right) switch
    {
        (decimal a, decimal b) => a - b,
        (TimeSpan a, TimeSpan b) => a - b,
        (YearsMonthsDuration a, YearsMonthsDuration b) => new YearsMonthsDuration(checked(a.TotalMonths - b.TotalMonths)),
        (_, TimeSpan d) => TemporalArithmetic.Add(left, -d),
        (_, YearsMonthsDuration m) => TemporalArithmetic.Add(left, new YearsMonthsDuration(-m.TotalMonths)),
        _ => TemporalArithmetic.Difference(left, right),
    };

    private static object? Multiply(object left, object right) => (left, right) switch
    {
        (decimal a, decimal b) => a * b,
        (TimeSpan a, decimal b) => Scale(a, b),
        (decimal a, TimeSpan b) => Scale(b, a),
        (YearsMonthsDuration a, decimal b) => new YearsMonthsDuration((long)decimal.Truncate(a.TotalMonths * b)),
        (decimal a, YearsMonthsDuration b) => new YearsMonthsDuration((long)decimal.Truncate(b.TotalMonths * a)),
        _ => null,
    };

    private static object? Divide(object left, object right) => (left, right) switch
    {
        (decimal, decimal b) when b == 0 => null,
        (decimal a, decimal b) => a / b,
        (TimeSpan a, decimal b) when b != 0 => Scale(a, 1 / b),
        (TimeSpan a, TimeSpan b) when b != TimeSpan.Zero => (decimal)a.Ticks / b.Ticks,
        (YearsMonthsDuration a, decimal b) when b != 0 => new YearsMonthsDuration((long)decimal.Truncate(a.TotalMonths / b)),
        (YearsMonthsDuration a, YearsMonthsDuration b) when b.TotalMonths != 0 => (decimal)a.TotalMonths / b.TotalMonths,
        _ => null,
    };

    private static TimeSpan Scale(TimeSpan duration, decimal factor) => TimeSpan.FromTicks((long)decimal.Round(duration.Ticks * factor));
}
