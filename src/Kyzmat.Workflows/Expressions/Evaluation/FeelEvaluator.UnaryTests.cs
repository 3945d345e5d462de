namespace Kyzmat.Workflows.Expressions;

/// <summary>between, in (unary tests) and range literals.</summary>
internal sealed partial class FeelEvaluator
{
    private object? Between(BetweenNode node, FeelScope scope)
    {
        var value = Evaluate(node.Value, scope);
        var low = FeelOperators.Binary(">=", value, Evaluate(node.Low, scope)) as bool?;
        var high = FeelOperators.Binary("<=", value, Evaluate(node.High, scope)) as bool?;
        return low is false || high is false ? false : low is null || high is null ? null : true;
    }

    private object? In(InNode node, FeelScope scope)
    {
        var value = Evaluate(node.Value, scope);
        var testScope = scope.With("?", value);
        var sawNull = false;
        foreach (var testNode in node.Tests)
        {
            switch (Satisfies(value, Evaluate(testNode, testScope)))
            {
                case true: return true;
                case null: sawNull = true; break;
            }
        }

        return sawNull ? null : false;
    }

    /// <summary>Whether a value passes a test: a range, a list (any of its items) or a value it must equal.</summary>
    public static bool? Satisfies(object? value, object? test)
    {
        switch (test)
        {
            case FeelRange range:
                return Includes(range, value);
            case List<object?> list:
                // Membership: an item equal to the value (or a range holding it); a list value may also equal the whole list.
                FeelBudget.Charge(list.Count);
                return list.Any(item => (item is FeelRange itemRange ? Includes(itemRange, value) : FeelComparer.Equal(value, item)) == true)
                    || (value is List<object?> && FeelComparer.Equal(value, list) == true);
            case ComparisonTest comparison:
                return comparison.Test(value);
            case bool b when value is not bool:
                return b;
            default:
                return FeelComparer.Equal(value, test);
        }
    }

    public static bool? Includes(FeelRange range, object? value)
    {
        if (value is null)
        {
            return null;
        }

        bool? low = true;
        if (!ReferenceEquals(range.Start, FeelRange.Unbounded))
        {
            var c = FeelComparer.Compare(value, range.Start);
            low = c is null ? null : range.StartIncluded ? c >= 0 : c > 0;
        }

        bool? high = true;
        if (!ReferenceEquals(range.End, FeelRange.Unbounded))
        {
            var c = FeelComparer.Compare(value, range.End);
            high = c is null ? null : range.EndIncluded ? c <= 0 : c < 0;
        }

        return low is false || high is false ? false : low is null || high is null ? null : true;
    }

    private object? Range(RangeNode node, FeelScope scope)
    {
        var start = node.Start is null ? FeelRange.Unbounded : Evaluate(node.Start, scope);
        var end = node.End is null ? FeelRange.Unbounded : Evaluate(node.End, scope);
        var bothBounded = !ReferenceEquals(start, FeelRange.Unbounded) && !ReferenceEquals(end, FeelRange.Unbounded);
        if (bothBounded && (start is null || end is null ? start is null && end is null : FeelComparer.Compare(start, end) is null))
        {
            return null;
        }

        if (!bothBounded && (start ?? end) is null || !IsRangeEndpoint(start) || !IsRangeEndpoint(end))
        {
            return null;
        }

        return new FeelRange(start, node.StartIncluded, end, node.EndIncluded);
    }

    private static bool IsRangeEndpoint(object? value) =>
        value is null or decimal or string or FeelDate or FeelTime or FeelDateTime or TimeSpan or YearsMonthsDuration || ReferenceEquals(value, FeelRange.Unbounded);
}
