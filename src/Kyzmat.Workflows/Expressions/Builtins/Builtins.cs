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
