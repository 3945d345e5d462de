namespace Kyzmat.Workflows.Expressions;

/// <summary>Helpers for built-ins reading their arguments.</summary>
internal static class Arguments
{
    /// <summary>The items of a list argument, or of the arguments themselves (min(1, 2) and min([1, 2]) alike).</summary>
    public static List<object?>? Items(object?[] arguments) =>
        arguments is [List<object?> list] ? list : arguments.Length == 1 && arguments[0] is null ? null : [.. arguments];

    /// <summary>A list argument; a single other value counts as a list of one (DMN 1.5's implicit conversion).</summary>
    public static List<object?>? AsList(object? value) => value switch
    {
        null => null,
        List<object?> list => list,
        _ => [value],
    };

    public static bool IsInteger(decimal value) => value == decimal.Truncate(value);

    /// <summary>An integer argument within int's range, or null.</summary>
    public static int? Int(object? value) =>
        value is decimal d && IsInteger(d) && d >= int.MinValue && d <= int.MaxValue ? (int)d : null;

    public static List<object?> Checked(List<object?> list)
    {
        FeelBudget.CheckCount(list.Count);
        FeelBudget.Charge(list.Count);
        return list;
    }
}
