namespace Kyzmat.Workflows.Expressions;

/// <summary>Decimal arithmetic that <see cref="decimal"/> lacks: powers, roots, logarithms and rounding to a scale.</summary>
internal static class FeelMath
{
    public static object? Power(decimal value, decimal exponent)
    {
        if (exponent == decimal.Truncate(exponent) && Math.Abs(exponent) <= 10_000)
        {
            var n = (int)Math.Abs(exponent);
            decimal result = 1;
            var factor = value;
            while (n > 0)
            {
                if ((n & 1) == 1)
                {
                    result *= factor;
                }

                n >>= 1;
                if (n > 0)
                {
                    factor *= factor;
                }
            }

            return exponent < 0 ? (result == 0 ? null : 1 / result) : result;
        }

        return FromDouble(Math.Pow((double)value, (double)exponent));
    }

    public static decimal? FromDouble(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 7.9e28 ? (decimal)value : null;

    /// <summary>Rounds to <paramref name="scale"/> decimal places (negative scales round to tens, hundreds…).</summary>
    public static decimal? Round(decimal value, decimal scale, Func<decimal, decimal> roundToInteger)
    {
        // Scales are those of IEEE 754 decimal128 (which FEEL numbers are); decimal itself has at most 28 places.
        scale = decimal.Truncate(scale);
        if (scale is < -6111 or > 6176)
        {
            return null;
        }

        if (scale > 28)
        {
            return value;
        }

        if (scale < -28)
        {
            return 0m;
        }

        var factor = Power10((int)Math.Abs(scale));
        if (scale >= 0)
        {
            // value * factor may exceed decimal's range when the value already has fewer places than the scale.
            var scaled = Math.Abs(value) < decimal.MaxValue / factor ? value * factor : (decimal?)null;
            return scaled is { } s ? roundToInteger(s) / factor : value;
        }

        return roundToInteger(value / factor) * factor;
    }

    private static decimal Power10(int n)
    {
        decimal result = 1;
        for (var i = 0; i < n; i++)
        {
            result *= 10;
        }

        return result;
    }

    /// <summary>Square root by Newton's method, to decimal's precision.</summary>
    public static decimal? Sqrt(decimal value)
    {
        if (value < 0)
        {
            return null;
        }

        if (value == 0)
        {
            return 0;
        }

        var guess = (decimal)Math.Sqrt((double)value);
        for (var i = 0; i < 5 && guess != 0; i++)
        {
            guess = (guess + (value / guess)) / 2;
        }

        return guess;
    }
}
