using System.Runtime.CompilerServices;

namespace Kyzmat.Workflows.Expressions;

/// <summary>FEEL equality and ordering; null where the spec says the values cannot be compared.</summary>
internal static class FeelComparer
{
    public static bool? Equal(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        switch (left, right)
        {
            case (decimal a, decimal b): return a == b;
            case (string a, string b): return string.Equals(a, b, StringComparison.Ordinal);
            case (bool a, bool b): return a == b;
            case (FeelDate a, FeelDate b): return a == b;
            case (FeelTime a, FeelTime b): return a.HasZoneOrOffset == b.HasZoneOrOffset && Compare(a, b) == 0;
            case (FeelDateTime a, FeelDateTime b): return a.HasZoneOrOffset == b.HasZoneOrOffset && Compare(a, b) == 0;
            case (TimeSpan a, TimeSpan b): return a == b;
            case (YearsMonthsDuration a, YearsMonthsDuration b): return a == b;
            case (TimeSpan a, YearsMonthsDuration b): return a == TimeSpan.Zero && b.TotalMonths == 0 ? true : null;
            case (YearsMonthsDuration a, TimeSpan b): return b == TimeSpan.Zero && a.TotalMonths == 0 ? true : null;
            case (List<object?> a, List<object?> b): return ListsEqual(a, b);
            case (Dictionary<string, object?> a, Dictionary<string, object?> b): return ContextsEqual(a, b);
            case (FeelRange a, FeelRange b):
                return a.StartIncluded == b.StartIncluded && a.EndIncluded == b.EndIncluded
                    && BoundEqual(a.Start, b.Start) && BoundEqual(a.End, b.End);
            case (FeelFunction a, FeelFunction b): return ReferenceEquals(a, b);
            case (ComparisonTest a, ComparisonTest b): return a.Negated == b.Negated && Equal(a.Operand, b.Operand) == true;
            case (ComparisonTest, FeelRange) or (FeelRange, ComparisonTest): return false;
            default: return null;
        }
    }

    private static bool BoundEqual(object? a, object? b) =>
        ReferenceEquals(a, FeelRange.Unbounded) || ReferenceEquals(b, FeelRange.Unbounded) ? ReferenceEquals(a, b) : Equal(a, b) == true;

    private static bool? ListsEqual(List<object?> a, List<object?> b)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        FeelBudget.Charge(a.Count);
        if (a.Count != b.Count)
        {
            return false;
        }

        var result = (bool?)true;
        for (var i = 0; i < a.Count; i++)
        {
            switch (Equal(a[i], b[i]))
            {
                case false: return false;
                case null: result = null; break;
            }
        }

        return result;
    }

    private static bool? ContextsEqual(Dictionary<string, object?> a, Dictionary<string, object?> b)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        FeelBudget.Charge(a.Count);
        if (a.Count != b.Count)
        {
            return false;
        }

        var result = (bool?)true;
        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other))
            {
                return false;
            }

            switch (Equal(value, other))
            {
                case false: return false;
                case null: result = null; break;
            }
        }

        return result;
    }

    /// <summary>Orders two values of one type; null when they cannot be ordered.</summary>
    public static int? Compare(object? left, object? right) => (left, right) switch
    {
        (decimal a, decimal b) => a.CompareTo(b),
        (string a, string b) => Math.Sign(string.CompareOrdinal(a, b)),
        (FeelDate a, FeelDate b) => a.CompareTo(b),
        (FeelTime a, FeelTime b) => Compare(a, b),
        (FeelDateTime a, FeelDateTime b) => Compare(a, b),
        (TimeSpan a, TimeSpan b) => a.CompareTo(b),
        (YearsMonthsDuration a, YearsMonthsDuration b) => a.CompareTo(b),
        _ => null,
    };

    // Times and date-times compare to the millisecond (time("10:30:00.0001") = time("10:30:00.0002"), TCK 0068).
    private static int? Compare(FeelTime a, FeelTime b) =>
        a.HasZoneOrOffset != b.HasZoneOrOffset ? null
        : a.HasZoneOrOffset ? Milliseconds(a.Normalized.Ticks).CompareTo(Milliseconds(b.Normalized.Ticks))
        : Milliseconds(a.TimeOfDay.Ticks).CompareTo(Milliseconds(b.TimeOfDay.Ticks));

    private static int? Compare(FeelDateTime a, FeelDateTime b) =>
        a.HasZoneOrOffset != b.HasZoneOrOffset ? null
        : a.HasZoneOrOffset ? Milliseconds(a.InstantTicks).CompareTo(Milliseconds(b.InstantTicks))
        : Milliseconds(a.LocalTicks).CompareTo(Milliseconds(b.LocalTicks));

    private static Int128 Milliseconds(Int128 ticks) => ticks >= 0 ? ticks / TimeSpan.TicksPerMillisecond : ((ticks + 1) / TimeSpan.TicksPerMillisecond) - 1;
}
