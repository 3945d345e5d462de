namespace Kyzmat.Workflows.Expressions;

/// <summary>The built-in functions of DMN 1.5 FEEL and Camunda's extensions, by name.</summary>
internal static class Builtins
{
    private static readonly Dictionary<string, FeelFunction> Table = Build();

    private static Dictionary<string, FeelFunction> Build()
    {
        var table = new BuiltinTable();
        ConversionFunctions.Register(table);
        TemporalFunctions.Register(table);
        StringFunctions.Register(table);
        RegexFunctions.Register(table);
        ListFunctions.Register(table);
        ListEditFunctions.Register(table);
        StatisticsFunctions.Register(table);
        NumericFunctions.Register(table);
        ContextFunctions.Register(table);
        RangeFunctions.Register(table);
        CamundaFunctions.Register(table);
        ConnectorFunctions.Register(table);
        return table.Build();
    }

    public static bool Exists(string name) => Table.ContainsKey(name);

    public static FeelFunction? Find(string name) => Table.GetValueOrDefault(name);

    /// <summary>Whether a call with this many arguments (or these parameter names) can match an overload.</summary>
    public static bool Accepts(string name, int count, IReadOnlyList<string>? names)
    {
        var function = Table[name];
        return names is null
            ? function.Find(count) is not null
            : function.Bind(names, new object?[names.Count]) is not null;
    }
}

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
