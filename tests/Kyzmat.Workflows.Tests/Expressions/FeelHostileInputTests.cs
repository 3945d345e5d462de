using System.Diagnostics;
using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Tests.Expressions;

/// <summary>Expressions built to hang or exhaust memory end quickly with a FeelException (or null), never a crash.</summary>
public class FeelHostileInputTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static object? Eval(string text) => FeelExpression.Parse(text).Evaluate(new Dictionary<string, object?>(), Now);

    [Theory]
    [InlineData("for i in 1..1000000000 return i")]
    [InlineData("for a in 1..1000, b in 1..1000 return a")]
    [InlineData("count(for a in 1..400, b in 1..400, c in 1..400 return 1)")]
    [InlineData("some i in 1..1000000000000 satisfies i < 0")]
    [InlineData("{x: for i in 1..3 return partial, r: string(x)}.r")]
    [InlineData("{x: for i in 1..3 return partial, r: x = x}.r")]
    [InlineData("{x: for i in 1..3 return partial, r: x.a}.r")]
    [InlineData("for i in 1..3 return partial")]
    [InlineData("{f: function(n) f(n + 1), r: f(1)}.r")]
    [InlineData("{f: function(n) 1 + f(n + 1), r: f(1)}.r")]
    [InlineData("{f: function(s, n) if n = 0 then s else f(s + s, n - 1), r: f(\"xy\", 40)}.r")]
    [InlineData("{f: function(l, n) if n = 0 then l else f(concatenate(l, l), n - 1), r: f([1], 40)}.r")]
    [InlineData("{f: function(c, n) if n = 0 then c else f({a: c, b: c}, n - 1), r: f(1, 60)}.r")]
    [InlineData("{f: function(c, n) if n = 0 then c else f([c, c], n - 1), r: string(f(\"x\", 60))}.r")]
    [InlineData("{f: function(c, n) if n = 0 then c else f([c, c], n - 1), r: f(\"x\", 60) = f(\"x\", 60)}.r")]
    [InlineData("{f: function(c, n) if n = 0 then c else f([c, c], n - 1), r: to json(f(\"x\", 60))}.r")]
    [InlineData("{f: function(s, n) if n = 0 then s else f(s + s, n - 1), s: f(\"x\", 19), r: string join(for i in 1..100000 return s)}.r")]
    [InlineData("{f: function(s, n) if n = 0 then s else f(s + s, n - 1), s: f(\"a\", 19), r: replace(s, \"a\", s)}.r")]
    [InlineData("{f: function(s, n) if n = 0 then s else f(s + s, n - 1), s: f(\"a\", 16), r: for i in 1..100000 return matches(s, \"(a|aa)+\\1$\")}.r")]
    [InlineData("{f: function(s, n) if n = 0 then s else f(s + s, n - 1), s: f(\"a\", 19), r: for i in 1..100000 return substring(s, i, 1)}.r")]
    [InlineData("{l: for i in 1..100000 return i, r: for i in 1..100000 return list contains(l, i)}.r")]
    [InlineData("{f: function(s, n) if n = 0 then s else f(s + s, n - 1), s: f(\"a\", 19), r: for i in 1..100000 return s + \"x\"}.r")]
    public void Evaluate_HostileExpression_StopsWithALimit(string text)
    {
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<FeelException>(() => Eval(text));

        Assert.Equal(FeelException.LimitExceeded, error.Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("10 ** 100000")]
    [InlineData("2 ** 9999.5")]
    [InlineData("79228162514264337593543950335 * 10")]
    [InlineData("duration(\"P1D\") * 100000000000000000000")]
    [InlineData("date(\"2020-01-01\") + duration(\"P999999999999D\")")]
    [InlineData("matches(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(a+)+$\")")]
    [InlineData("from json(\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\")")]
    [InlineData("substring(\"abc\", 99999999999999999)")]
    [InlineData("for i in 1..79228162514264337593543950335 return i")]
    public void Evaluate_OutOfRangeValues_GiveNullOrALimitQuickly(string text)
    {
        var clock = Stopwatch.StartNew();

        var result = Record.Exception(() => Eval(text)) switch
        {
            null => null,
            FeelException { Code: FeelException.LimitExceeded } => null,
            var other => other,
        };

        Assert.Null(result);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Evaluate_LoopOverALargeJsonVariable_ConvertsItOnce()
    {
        var variables = new System.Text.Json.Nodes.JsonObject { ["big"] = new System.Text.Json.Nodes.JsonArray(Enumerable.Range(0, 50_000).Select(i => (System.Text.Json.Nodes.JsonNode?)i).ToArray()) };
        var clock = Stopwatch.StartNew();

        var result = FeelExpression.Parse("sum(for i in 1..100 return count(big))").Evaluate(variables, Now);

        Assert.Equal(5_000_000m, result);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Evaluate_HugePattern_GivesNull()
    {
        Assert.Null(Eval("{f: function(s, n) if n = 0 then s else f(s + s, n - 1), r: matches(\"a\", f(\"(a|b)\", 12))}.r"));
    }

    [Fact]
    public void Evaluate_ContextPutWithAHugePath_GivesNull()
    {
        Assert.Null(Eval("context put({}, for i in 1..10000 return \"k\", 1)"));
    }

    [Fact]
    public void Evaluate_LargeButReasonableWork_IsAllowed()
    {
        Assert.Equal(5000050000m, Eval("sum(for i in 1..100000 return i)"));
        Assert.Equal(10000m, Eval("count(for a in 1..100, b in 1..100 return a * b)"));
        Assert.Equal(300m, Eval("{f: function(n) if n = 0 then 0 else 1 + f(n - 1), r: f(300)}.r"));
    }
}
