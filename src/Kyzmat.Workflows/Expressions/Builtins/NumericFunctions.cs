namespace Kyzmat.Workflows.Expressions;

/// <summary>decimal(), floor(), ceiling(), round …(), abs(), modulo(), sqrt(), log(), exp(), odd(), even(), random number().</summary>
internal static class NumericFunctions
{
    public static void Register(BuiltinTable t)
    {
        AddRounding(t, "decimal", v => decimal.Round(v, MidpointRounding.ToEven));
        AddRounding(t, "floor", decimal.Floor, optionalScale: true);
        AddRounding(t, "ceiling", decimal.Ceiling, optionalScale: true);
        AddRounding(t, "round up", Up);
        AddRounding(t, "round down", decimal.Truncate);
        AddRounding(t, "round half up", v => decimal.Round(v, MidpointRounding.AwayFromZero));
        AddRounding(t, "round half down", HalfDown);
        t.AddScalar("abs", ["n"], (_, a) => a[0] switch
        {
            decimal n => Math.Abs(n),
            TimeSpan d => d.Duration(),
            YearsMonthsDuration m => new YearsMonthsDuration(Math.Abs(m.TotalMonths)),
            _ => null,
        });
        t.AddScalar("modulo", ["dividend", "divisor"], (_, a) => a is [decimal x, decimal y] && y != 0 ? x - (y * Math.Floor(x / y)) : null);
        t.AddScalar("sqrt", ["number"], (_, a) => a[0] is decimal n ? FeelMath.Sqrt(n) : null);
        t.AddScalar("log", ["number"], (_, a) => a[0] is decimal n && n > 0 ? FeelMath.FromDouble(Math.Log((double)n)) : null);
        t.AddScalar("exp", ["number"], (_, a) => a[0] is decimal n ? FeelMath.FromDouble(Math.Exp((double)n)) : null);
        t.AddScalar("odd", ["number"], (_, a) => a[0] is decimal n && Arguments.IsInteger(n) ? n % 2 != 0 : null);
        t.AddScalar("even", ["number"], (_, a) => a[0] is decimal n && Arguments.IsInteger(n) ? n % 2 == 0 : null);
        t.AddScalar("random number", [], (_, _) => (decimal)Random.Shared.NextDouble());
    }

    private static void AddRounding(BuiltinTable t, string name, Func<decimal, decimal> roundToInteger, bool optionalScale = false)
    {
        if (optionalScale)
        {
            t.Add(name, ["n"], (_, a) => a[0] is decimal n ? roundToInteger(n) : null);
        }

        t.Add(name, ["n", "scale"], (_, a) => a is [decimal n, decimal s] ? FeelMath.Round(n, s, roundToInteger) : null);
    }

    private static decimal HalfDown(decimal value)
    {
        var truncated = decimal.Truncate(value);
        return Math.Abs(value - truncated) == 0.5m ? truncated : decimal.Round(value, MidpointRounding.AwayFromZero);
    }

    private static decimal Up(decimal value) => value < 0 ? decimal.Floor(value) : decimal.Ceiling(value);
}
