using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Tests.Tck;

/// <summary>Compares an expected TCK value with a FEEL result: numbers by value, temporals by FEEL value and text form, lists and contexts structurally.</summary>
internal static class TckValueComparer
{
    public static bool Matches(object? expected, object? actual) => (expected, actual) switch
    {
        (null, _) => actual is null,
        (decimal e, decimal a) => e == a || Math.Abs(e - a) < 0.00000001m,
        (string e, string a) => e == a,
        (bool e, bool a) => e == a,
        (List<object?> e, List<object?> a) => e.Count == a.Count && e.Zip(a).All(p => Matches(p.First, p.Second)),
        (Dictionary<string, object?> e, Dictionary<string, object?> a) =>
            e.Count == a.Count && e.All(p => a.TryGetValue(p.Key, out var v) && Matches(p.Value, v)),
        (FeelDate or FeelTime or FeelDateTime or TimeSpan or YearsMonthsDuration, _) =>
            actual is not null && expected.GetType() == actual.GetType()
            && (Describe(expected) == Describe(actual) || FeelExpression.Parse("e = a", ["e", "a"])
                .Evaluate(new Dictionary<string, object?> { ["e"] = expected, ["a"] = actual }, DateTimeOffset.UnixEpoch) is true),
        _ => false,
    };

    public static string Describe(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        List<object?> list => "[" + string.Join(", ", list.Select(Describe)) + "]",
        Dictionary<string, object?> context => "{" + string.Join(", ", context.Select(p => p.Key + ": " + Describe(p.Value))) + "}",
        _ => value.ToString() ?? "",
    };
}
