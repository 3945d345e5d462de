namespace Kyzmat.Workflows.Expressions;

internal static class FeelOperators
{
    public static bool AreEqual(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (List<object?> a, List<object?> b) => a.Count == b.Count && a.Zip(b).All(p => AreEqual(p.First, p.Second)),
        (Dictionary<string, object?> a, Dictionary<string, object?> b) =>
            a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && AreEqual(p.Value, v)),
        _ => left.Equals(right),
    };

    public static object? Binary(string op, object? left, object? right)
    {
        switch (op)
        {
            case "=":
                return AreEqual(left, right);
            case "!=":
                return !AreEqual(left, right);
        }

        if (left is null || right is null)
        {
            return null;
        }

        return op switch
        {
            "<" => Compare(op, left, right) < 0,
            "<=" => Compare(op, left, right) <= 0,
            ">" => Compare(op, left, right) > 0,
            ">=" => Compare(op, left, right) >= 0,
            "+" => Add(left, right),
            "-" => Subtract(left, right),
            "*" => Multiply(left, right),
            _ => Divide(left, right),
        };
    }

    private static int Compare(string op, object left, object right) => (left, right) switch
    {
        (decimal a, decimal b) => a.CompareTo(b),
        (string a, string b) => string.CompareOrdinal(a, b),
        (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
        (TimeSpan a, TimeSpan b) => a.CompareTo(b),
        _ => throw Mismatch(op, left, right),
    };

    private static object Add(object left, object right) => (left, right) switch
    {
        (decimal a, decimal b) => a + b,
        (string a, string b) => a + b,
        (DateTimeOffset a, TimeSpan b) => a + b,
        (TimeSpan a, DateTimeOffset b) => b + a,
        (TimeSpan a, TimeSpan b) => a + b,
        _ => throw Mismatch("+", left, right),
    };

    private static object Subtract(object left, object right) => (left, right) switch
    {
        (decimal a, decimal b) => a - b,
        (DateTimeOffset a, TimeSpan b) => a - b,
        (DateTimeOffset a, DateTimeOffset b) => a - b,
        (TimeSpan a, TimeSpan b) => a - b,
        _ => throw Mismatch("-", left, right),
    };

    private static object Multiply(object left, object right) => (left, right) switch
    {
        (decimal a, decimal b) => a * b,
        (TimeSpan a, decimal b) => a * (double)b,
        (decimal a, TimeSpan b) => b * (double)a,
        _ => throw Mismatch("*", left, right),
    };

    private static object? Divide(object left, object right) => (left, right) switch
    {
        (decimal, decimal b) when b == 0 => null,
        (decimal a, decimal b) => a / b,
        (TimeSpan a, decimal b) when b != 0 => a / (double)b,
        _ => throw Mismatch("/", left, right),
    };

    private static FeelException Mismatch(string op, object left, object right) =>
        new(FeelException.TypeError, $"'{op}' cannot combine a {FeelValues.TypeName(left)} and a {FeelValues.TypeName(right)}.");
}
