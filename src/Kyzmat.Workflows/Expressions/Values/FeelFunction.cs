namespace Kyzmat.Workflows.Expressions;

internal delegate object? FunctionBody(FeelEvaluator evaluator, object?[] arguments);

/// <summary>One signature of a function; a variadic one takes its last parameter any number of times.</summary>
internal sealed record FeelOverload(IReadOnlyList<string> Parameters, FunctionBody Body, bool Variadic = false)
{
    public bool Accepts(int count) => Variadic ? count >= Parameters.Count - 1 && count > 0 : count == Parameters.Count;
}

/// <summary>A FEEL function value: a built-in (with its overloads) or a function defined in an expression.</summary>
internal sealed class FeelFunction(string? name, IReadOnlyList<FeelOverload> overloads)
{
    public string? Name { get; } = name;

    public IReadOnlyList<FeelOverload> Overloads { get; } = overloads;

    public FeelOverload? Find(int count) => Overloads.FirstOrDefault(o => o.Accepts(count));

    /// <summary>The overload that names all of <paramref name="names"/>, and the arguments in its order (missing ones null).</summary>
    public (FeelOverload Overload, object?[] Arguments)? Bind(IReadOnlyList<string> names, IReadOnlyList<object?> values)
    {
        foreach (var overload in Overloads.OrderBy(o => o.Parameters.Count))
        {
            if (!names.All(overload.Parameters.Contains) || (overload.Variadic && names.Count != overload.Parameters.Count))
            {
                continue;
            }

            var arguments = new object?[overload.Parameters.Count];
            for (var i = 0; i < names.Count; i++)
            {
                arguments[IndexOf(overload.Parameters, names[i])] = values[i];
            }

            return (overload, arguments);
        }

        return null;
    }

    private static int IndexOf(IReadOnlyList<string> list, string name)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    public override string ToString() => Name is null ? "function" : $"function {Name}";
}
