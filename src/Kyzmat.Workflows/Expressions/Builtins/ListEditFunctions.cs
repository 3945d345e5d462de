namespace Kyzmat.Workflows.Expressions;

/// <summary>List built-ins that edit a copy: insert before(), remove(), list replace(), sort(), partition().</summary>
internal static class ListEditFunctions
{
    public static void Register(BuiltinTable t)
    {
        t.Add("insert before", ["list", "position", "newItem"], (_, a) =>
            a[0] is List<object?> list && Position(list, a[1], list.Count) is { } at ? Arguments.Checked([.. list.Take(at), a[2], .. list.Skip(at)]) : null);
        t.Add("remove", ["list", "position"], (_, a) =>
            a[0] is List<object?> list && Position(list, a[1], list.Count - 1) is { } at ? (List<object?>)[.. list.Take(at), .. list.Skip(at + 1)] : null);
        t.Add("list replace", ["list", "position", "newItem"], (e, a) => Replace(e, Arguments.AsList(a[0]), a[1], a[2]));
        t.Add("list replace", ["list", "match", "newItem"], (e, a) => Replace(e, Arguments.AsList(a[0]), a[1], a[2]));
        t.Add("sort", ["list"], (_, a) => a[0] is List<object?> list ? Sort(list, (x, y) => FeelComparer.Compare(x, y) is { } c ? c < 0 : null) : null);
        t.Add("sort", ["list", "precedes"], (e, a) => a is [List<object?> list, FeelFunction precedes]
            ? Sort(list, (x, y) => e.Invoke(precedes, [x, y]) as bool?)
            : null);
        t.Add("partition", ["list", "size"], (_, a) =>
            a[0] is List<object?> list && Arguments.Int(a[1]) is { } size and > 0 ? list.Chunk(size).Select(c => (object?)c.ToList()).ToList() : null);
    }

    /// <summary>A 1-based (or negative, from the end) position as a 0-based index no greater than <paramref name="last"/>.</summary>
    private static int? Position(List<object?> list, object? position, int last)
    {
        if (position is not decimal d || Arguments.Int(decimal.Truncate(d)) is not { } p || p == 0)
        {
            return null;
        }

        var index = p > 0 ? p - 1 : list.Count + p;
        return index >= 0 && index <= last ? index : null;
    }

    private static object? Replace(FeelEvaluator evaluator, object? target, object? position, object? newItem)
    {
        if (target is not List<object?> list)
        {
            return null;
        }

        if (position is FeelFunction match)
        {
            var result = new List<object?>(list.Count);
            foreach (var item in list)
            {
                switch (evaluator.Invoke(match, [item, newItem]))
                {
                    case true: result.Add(newItem); break;
                    case false: result.Add(item); break;
                    default: return null;
                }
            }

            return result;
        }

        if (Position(list, position, list.Count - 1) is not { } at)
        {
            return null;
        }

        var copy = new List<object?>(list) { [at] = newItem };
        return copy;
    }

    /// <summary>A stable merge sort by a "precedes" test; null when the test gives anything but a boolean.</summary>
    private static List<object?>? Sort(List<object?> list, Func<object?, object?, bool?> precedes)
    {
        var items = list.ToArray();
        var buffer = new object?[items.Length];
        return MergeSort(items, buffer, 0, items.Length, precedes) ? [.. items] : null;
    }

    private static bool MergeSort(object?[] items, object?[] buffer, int from, int to, Func<object?, object?, bool?> precedes)
    {
        if (to - from < 2)
        {
            return true;
        }

        var middle = (from + to) / 2;
        if (!MergeSort(items, buffer, from, middle, precedes) || !MergeSort(items, buffer, middle, to, precedes))
        {
            return false;
        }

        int left = from, right = middle, k = from;
        while (left < middle && right < to)
        {
            FeelBudget.Charge();
            // Take from the right only when it strictly precedes, which keeps equal items in order.
            switch (precedes(items[right], items[left]))
            {
                case null: return false;
                case true: buffer[k++] = items[right++]; break;
                default: buffer[k++] = items[left++]; break;
            }
        }

        while (left < middle)
        {
            buffer[k++] = items[left++];
        }

        while (right < to)
        {
            buffer[k++] = items[right++];
        }

        Array.Copy(buffer, from, items, from, to - from);
        return true;
    }
}
