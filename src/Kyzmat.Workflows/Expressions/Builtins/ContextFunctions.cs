namespace Kyzmat.Workflows.Expressions;

/// <summary>get value(), get entries(), context put() (also with a path), context merge().</summary>
internal static class ContextFunctions
{
    private const int MaxPathLength = 64;

    public static void Register(BuiltinTable t)
    {
        t.Add("get value", ["m", "key"], (_, a) => a[0] is Dictionary<string, object?> m ? GetValue(m, a[1]) : null);
        t.Add("get entries", ["m"], (_, a) => a[0] is Dictionary<string, object?> m
            ? m.Select(p => (object?)new Dictionary<string, object?>(StringComparer.Ordinal) { ["key"] = p.Key, ["value"] = p.Value }).ToList()
            : null);
        t.Add("context put", ["context", "key", "value"], (_, a) => a[0] is Dictionary<string, object?> c ? Put(c, a[1], a[2]) : null);
        t.AddVariadic("context merge", ["contexts"], (_, a) => Merge(a is [Dictionary<string, object?> single] ? [single] : Arguments.Items(a)));
    }

    private static object? GetValue(Dictionary<string, object?> context, object? key) => key switch
    {
        string k => context.GetValueOrDefault(k),
        List<object?> path when path.Count > 0 && path.All(p => p is string) =>
            path.Aggregate((object?)context, (current, p) => current is Dictionary<string, object?> c ? c.GetValueOrDefault((string)p!) : null),
        _ => null,
    };

    private static object? Put(Dictionary<string, object?> context, object? key, object? value)
    {
        switch (key)
        {
            case string k:
                return new Dictionary<string, object?>(context, StringComparer.Ordinal) { [k] = value };
            case List<object?> { Count: > 0 and <= MaxPathLength } path when path.All(p => p is string):
                var first = (string)path[0]!;
                if (path.Count == 1)
                {
                    return Put(context, first, value);
                }

                var inner = context.GetValueOrDefault(first) as Dictionary<string, object?> ?? new Dictionary<string, object?>(StringComparer.Ordinal);
                return Put(context, first, Put(inner, path.Skip(1).ToList(), value));
            default:
                return null;
        }
    }

    private static object? Merge(List<object?>? contexts)
    {
        if (contexts is null || contexts.Any(c => c is not Dictionary<string, object?>))
        {
            return null;
        }

        var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (Dictionary<string, object?> context in contexts!)
        {
            foreach (var (key, value) in context)
            {
                merged[key] = value;
            }
        }

        return merged;
    }
}
