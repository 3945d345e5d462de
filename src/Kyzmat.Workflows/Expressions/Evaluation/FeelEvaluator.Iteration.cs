namespace Kyzmat.Workflows.Expressions;

/// <summary>for … return, some … satisfies, every … satisfies.</summary>
internal sealed partial class FeelEvaluator
{
    private object? For(ForNode node, FeelScope scope)
    {
        var results = new List<object?>();
        return ForEach(node.Iterators, 0, scope, iterationScope =>
        {
            FeelBudget.CheckCount(results.Count + 1);
            results.Add(Evaluate(node.Body, iterationScope.With("partial", results)));
            return true;
        }) ? results : null;
    }

    private object? Quantified(QuantifiedNode node, FeelScope scope)
    {
        // some: true once a condition is true; every: false once one is false (anything else counts as not satisfied).
        var decided = false;
        var iterable = ForEach(node.Iterators, 0, scope, iterationScope =>
        {
            var result = Evaluate(node.Condition, iterationScope);
            decided = node.Every ? result is not true : result is true;
            return !decided;
        });

        return decided ? !node.Every : iterable ? node.Every : null;
    }

    /// <summary>Runs <paramref name="body"/> for every combination of the iterators; false when a collection is not iterable or the body stops it.</summary>
    private bool ForEach(IReadOnlyList<Iterator> iterators, int index, FeelScope scope, Func<FeelScope, bool> body)
    {
        if (index == iterators.Count)
        {
            return body(scope);
        }

        var iterator = iterators[index];
        var items = Items(iterator, scope);
        if (items is null)
        {
            return false;
        }

        foreach (var item in items)
        {
            FeelBudget.Charge();
            if (!ForEach(iterators, index + 1, scope.With(iterator.Name, item), body))
            {
                return false;
            }
        }

        return true;
    }

    private IEnumerable<object?>? Items(Iterator iterator, FeelScope scope)
    {
        var collection = Evaluate(iterator.Collection, scope);
        if (iterator.RangeEnd is not null)
        {
            var end = Evaluate(iterator.RangeEnd, scope);
            return collection is FeelDate from && end is FeelDate to ? DateRange(from, to) : IntegerRange(collection, end, true, true);
        }

        return collection switch
        {
            List<object?> list => list,
            // A range literal iterates upwards over integers only ([2..1] and ["a".."z"] are errors).
            FeelRange { Start: decimal start, End: decimal end } range when start <= end => IntegerRange(start, end, range.StartIncluded, range.EndIncluded),
            null or FeelRange => null,
            _ => [collection],
        };
    }

    /// <summary>The integers from one end to the other (downwards when the start is larger), bounded by the list size limit.</summary>
    private static IEnumerable<object?>? IntegerRange(object? from, object? to, bool fromIncluded, bool toIncluded)
    {
        if (from is not decimal start || to is not decimal end || start != decimal.Truncate(start) || end != decimal.Truncate(end))
        {
            return null;
        }

        // Ends past 10^20 are refused before subtracting them, which could overflow.
        var span = Math.Abs(start) > 1e20m || Math.Abs(end) > 1e20m ? long.MaxValue : (long)Math.Min(Math.Abs(end - start) + 1, long.MaxValue);
        FeelBudget.CheckCount(span);
        var step = end >= start ? 1 : -1;
        var first = fromIncluded ? (long)start : (long)start + step;
        var last = toIncluded ? (long)end : (long)end - step;
        return Enumerate(first, last, step);
    }

    private static IEnumerable<object?> DateRange(FeelDate from, FeelDate to)
    {
        FeelBudget.CheckCount(Math.Abs(to.DayNumber - from.DayNumber) + 1);
        var step = to.DayNumber >= from.DayNumber ? 1 : -1;
        return Enumerate(from.DayNumber, to.DayNumber, step).Select(day => (object?)FeelDate.FromDayNumber((long)(decimal)day!));
    }

    private static IEnumerable<object?> Enumerate(long first, long last, int step)
    {
        for (var i = first; step > 0 ? i <= last : i >= last; i += step)
        {
            yield return (decimal)i;
        }
    }
}
