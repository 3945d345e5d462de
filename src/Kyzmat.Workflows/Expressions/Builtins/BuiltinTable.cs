namespace Kyzmat.Workflows.Expressions;

/// <summary>Collects built-in overloads while the table is built.</summary>
internal sealed class BuiltinTable
{
    private readonly Dictionary<string, List<FeelOverload>> _overloads = new(StringComparer.Ordinal);

    public void Add(string name, string[] parameters, FunctionBody body) => Add(name, new FeelOverload(parameters, body));

    /// <summary>A function of single values: a list of one item passed to it counts as the item (DMN 1.5's implicit conversion).</summary>
    public void AddScalar(string name, string[] parameters, FunctionBody body) =>
        Add(name, parameters, (evaluator, arguments) =>
            body(evaluator, arguments.Select(a => a is List<object?> { Count: 1 } single ? single[0] : a).ToArray()));

    /// <summary>A function taking its last parameter any number of times (min(1, 2, 3)).</summary>
    public void AddVariadic(string name, string[] parameters, FunctionBody body) => Add(name, new FeelOverload(parameters, body, Variadic: true));

    private void Add(string name, FeelOverload overload)
    {
        if (!_overloads.TryGetValue(name, out var list))
        {
            _overloads[name] = list = [];
        }

        list.Add(overload);
    }

    public Dictionary<string, FeelFunction> Build() =>
        _overloads.ToDictionary(p => p.Key, p => new FeelFunction(p.Key, p.Value), StringComparer.Ordinal);
}
