namespace Kyzmat.Workflows.Expressions;

/// <summary>Names visible to an expression: iteration variables, parameters and context entries over the caller's variables.</summary>
internal sealed class FeelScope
{
    private readonly FeelScope? _parent;
    private readonly IReadOnlyDictionary<string, object?>? _values;
    private readonly Func<string, (bool Found, object? Value)>? _lookup;

    private FeelScope(FeelScope? parent, IReadOnlyDictionary<string, object?>? values, Func<string, (bool Found, object? Value)>? lookup)
    {
        _parent = parent;
        _values = values;
        _lookup = lookup;
    }

    public static FeelScope Root(Func<string, (bool Found, object? Value)> lookup) => new(null, null, lookup);

    public FeelScope With(IReadOnlyDictionary<string, object?> values) => new(this, values, null);

    public FeelScope With(string name, object? value) => new(this, new Dictionary<string, object?>(StringComparer.Ordinal) { [name] = value }, null);

    public bool TryGet(string name, out object? value)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._values is not null && scope._values.TryGetValue(name, out value))
            {
                return true;
            }

            if (scope._lookup is not null)
            {
                var (found, found_value) = scope._lookup(name);
                if (found)
                {
                    value = found_value;
                    return true;
                }
            }
        }

        value = null;
        return false;
    }
}
