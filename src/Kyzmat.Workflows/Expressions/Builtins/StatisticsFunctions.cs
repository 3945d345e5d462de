namespace Kyzmat.Workflows.Expressions;

/// <summary>product(), mean(), median(), stddev() (sample), mode(): over a list or over their arguments.</summary>
internal static class StatisticsFunctions
{
    public static void Register(BuiltinTable t)
    {
        t.AddVariadic("product", ["list"], (_, a) => Numbers(a) is { Count: > 0 } n ? n.Aggregate(1m, (p, x) => p * x) : null);
        t.AddVariadic("mean", ["list"], (_, a) => Numbers(a) is { Count: > 0 } n ? n.Sum() / n.Count : null);
        t.AddVariadic("median", ["list"], (_, a) => Numbers(a) is { Count: > 0 } n ? Median(n) : null);
        t.AddVariadic("stddev", ["list"], (_, a) => Numbers(a) is { Count: > 1 } n ? StandardDeviation(n) : null);
        t.AddVariadic("mode", ["list"], (_, a) => Numbers(a) is { } n ? Mode(n) : null);
    }

    private static List<decimal>? Numbers(object?[] arguments)
    {
        var items = Arguments.Items(arguments);
        return items is null || items.Any(i => i is not decimal) ? null : items.Cast<decimal>().ToList();
    }

    private static decimal Median(List<decimal> numbers)
    {
        var sorted = numbers.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static decimal? StandardDeviation(List<decimal> numbers)
    {
        var mean = numbers.Sum() / numbers.Count;
        var variance = numbers.Sum(x => (x - mean) * (x - mean)) / (numbers.Count - 1);
        return FeelMath.Sqrt(variance);
    }

    private static List<object?> Mode(List<decimal> numbers)
    {
        if (numbers.Count == 0)
        {
            return [];
        }

        var groups = numbers.GroupBy(n => n).ToList();
        var most = groups.Max(g => g.Count());
        return groups.Where(g => g.Count() == most).Select(g => g.Key).Order().Select(n => (object?)n).ToList();
    }
}
