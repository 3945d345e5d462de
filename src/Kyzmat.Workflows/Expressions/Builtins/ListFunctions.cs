namespace Kyzmat.Workflows.Expressions;

/// <summary>List built-ins that read or combine lists.</summary>
internal static class ListFunctions
{
    public static void Register(BuiltinTable t)
    {
        t.Add("list contains", ["list", "element"], (_, a) => a[0] is List<object?> list ? list.Any(i => FeelComparer.Equal(i, a[1]) == true) : null);
        t.Add("count", ["list"], (_, a) => a[0] is List<object?> list ? (decimal)list.Count : null);
        t.AddVariadic("min", ["list"], (_, a) => Extreme(Arguments.Items(a), -1));
        t.AddVariadic("max", ["list"], (_, a) => Extreme(Arguments.Items(a), 1));
        t.AddVariadic("sum", ["list"], (_, a) => Sum(Arguments.Items(a)));
        t.AddVariadic("all", ["list"], (_, a) => All(Arguments.Items(a)));
        t.AddVariadic("and", ["list"], (_, a) => All(Arguments.Items(a)));
        t.AddVariadic("any", ["list"], (_, a) => Any(Arguments.Items(a)));
        t.AddVariadic("or", ["list"], (_, a) => Any(Arguments.Items(a)));
        t.Add("sublist", ["list", "start position"], (_, a) => Sublist(a[0], a[1], null));
        t.Add("sublist", ["list", "start position", "length"], (_, a) => a[2] is decimal ? Sublist(a[0], a[1], a[2]) : null);
        t.AddVariadic("append", ["list", "item"], (_, a) => a[0] is List<object?> list ? Arguments.Checked([.. list, .. a.Skip(1)]) : null);
        t.AddVariadic("concatenate", ["list"], (_, a) => Concatenate(a));
        t.Add("reverse", ["list"], (_, a) => a[0] is List<object?> list ? Enumerable.Reverse(list).ToList() : null);
        t.Add("index of", ["list", "match"], (_, a) => a[0] is List<object?> list
            ? list.Select((item, i) => (item, i)).Where(p => FeelComparer.Equal(p.item, a[1]) == true).Select(p => (object?)(decimal)(p.i + 1)).ToList()
            : null);
        t.AddVariadic("union", ["list"], (_, a) => Concatenate(a) is List<object?> all ? Distinct(all) : null);
        t.Add("distinct values", ["list"], (_, a) => a[0] is List<object?> list ? Distinct(list) : null);
        t.Add("duplicate values", ["list"], (_, a) => a[0] is List<object?> list ? Duplicates(list) : null);
        t.Add("flatten", ["list"], (_, a) =>
        {
            if (a[0] is not List<object?> list)
            {
                return null;
            }

            var result = new List<object?>();
            Flatten(list, result, 0);
            return result;
        });
        t.Add("is empty", ["list"], (_, a) => a[0] is List<object?> list ? list.Count == 0 : null);
    }

    private static object? Extreme(List<object?>? items, int sign)
    {
        if (items is null || items.Count == 0)
        {
            return null;
        }

        var best = items[0];
        foreach (var item in items.Skip(1))
        {
            if (FeelComparer.Compare(item, best) is not { } c)
            {
                return null;
            }

            if (c * sign > 0)
            {
                best = item;
            }
        }

        return items.Count == 1 && FeelComparer.Compare(best, best) is null ? null : best;
    }

    private static object? Sum(List<object?>? items)
    {
        if (items is null || items.Any(i => i is not decimal))
        {
            return null;
        }

        return items.Count == 0 ? null : items.Aggregate(0m, (total, i) => total + (decimal)i!);
    }

    private static object? All(List<object?>? items) =>
        items is null ? null
        : items.Any(i => i is false) ? false
        : items.All(i => i is true) ? true
        : null;

    private static object? Any(List<object?>? items) =>
        items is null ? null
        : items.Any(i => i is true) ? true
        : items.All(i => i is false) ? false
        : null;

    private static object? Sublist(object? target, object? start, object? length)
    {
        if (target is not List<object?> list || Arguments.Int(start) is not { } first || first == 0)
        {
            return null;
        }

        var index = first > 0 ? first - 1 : list.Count + first;
        var count = length is null ? list.Count - index : Arguments.Int(length) ?? -1;
        return index < 0 || index > list.Count || count < 0 || index + count > list.Count ? null : list.GetRange(index, count);
    }

    private static object? Concatenate(object?[] lists)
    {
        if (lists.Any(l => l is not List<object?>))
        {
            return null;
        }

        var count = lists.Sum(l => (long)((List<object?>)l!).Count);
        FeelBudget.CheckCount(count);
        FeelBudget.Charge(count);
        return lists.SelectMany(l => (List<object?>)l!).ToList();
    }

    public static List<object?> Distinct(List<object?> list)
    {
        var result = new List<object?>();
        foreach (var item in list)
        {
            FeelBudget.Charge(result.Count + 1);
            if (!result.Any(r => FeelComparer.Equal(r, item) == true))
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static List<object?> Duplicates(List<object?> list)
    {
        var result = new List<object?>();
        for (var i = 0; i < list.Count; i++)
        {
            FeelBudget.Charge(i + 1);
            var item = list[i];
            if (list.Take(i).Any(p => FeelComparer.Equal(p, item) == true) && !result.Any(r => FeelComparer.Equal(r, item) == true))
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static void Flatten(List<object?> list, List<object?> result, int depth)
    {
        if (depth > 64)
        {
            throw FeelBudget.Exceeded("flatten() met a list nested too deeply.");
        }

        foreach (var item in list)
        {
            if (item is List<object?> inner)
            {
                Flatten(inner, result, depth + 1);
            }
            else
            {
                FeelBudget.CheckCount(result.Count + 1);
                FeelBudget.Charge();
                result.Add(item);
            }
        }
    }
}
