using System.Text.Json.Nodes;
using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Tests.Expressions;

public class FeelExpressionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly JsonObject Variables = JsonNode.Parse("""
        { "amount": 150, "name": "Aibek", "approved": true, "tags": ["a", "b"],
          "applicant": { "age": 30, "address": { "city": "Bishkek" } }, "nothing": null }
        """)!.AsObject();

    private static object? Eval(string text) => FeelExpression.Parse(text).Evaluate(Variables, Now);

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 / 4", 2.5)]
    [InlineData("-amount + 50", -100)]
    [InlineData("applicant.age - 1", 29)]
    [InlineData("if amount > 100 then 1 else 2", 1)]
    [InlineData("tags[1] = \"a\"", true)]
    public void Evaluate_Arithmetic_GivesNumber(string text, object expected)
    {
        var result = Eval(text);

        Assert.Equal(expected is bool b ? b : Convert.ToDecimal(expected, System.Globalization.CultureInfo.InvariantCulture), result);
    }

    [Theory]
    [InlineData("amount > 100", true)]
    [InlineData("amount >= 150 and approved", true)]
    [InlineData("amount < 100 or not(approved)", false)]
    [InlineData("name = \"Aibek\"", true)]
    [InlineData("name != \"Aibek\"", false)]
    [InlineData("applicant.address.city = \"Bishkek\"", true)]
    [InlineData("\"b\" in tags", true)]
    [InlineData("amount in [1, 2, 150]", true)]
    [InlineData("list contains(tags, \"c\")", false)]
    [InlineData("is defined(applicant.age)", true)]
    [InlineData("is defined(applicant.height)", false)]
    [InlineData("is defined(missing)", false)]
    [InlineData("is defined(nothing)", true)]
    [InlineData("missing = null", true)]
    [InlineData("now() > date and time(\"2026-01-01T00:00:00Z\")", true)]
    [InlineData("date and time(\"2026-03-04T12:00:00Z\") - now() = duration(\"P3D\")", true)]
    [InlineData("duration(\"PT1H\") < duration(\"P1D\")", true)]
    [InlineData("false and missing", false)]
    [InlineData("true or missing", true)]
    public void Evaluate_Condition_GivesBoolean(string text, bool expected)
    {
        Assert.Equal(expected, Eval(text));
    }

    [Fact]
    public void Evaluate_StringConcatenation_JoinsStrings()
    {
        Assert.Equal("Dear Aibek!", Eval("=\"Dear \" + name + \"!\""));
    }

    [Fact]
    public void Evaluate_DateArithmetic_AddsDuration()
    {
        Assert.Equal(FeelDateTime.FromDateTimeOffset(Now.AddDays(3)), Eval("now() + duration(\"P3D\")"));
    }

    [Fact]
    public void Evaluate_ListAndContextLiterals_BuildValues()
    {
        var list = Assert.IsType<List<object?>>(Eval("[1, \"x\", null]"));
        var context = Assert.IsType<Dictionary<string, object?>>(Eval("{ total: amount * 2, \"label\": name }"));

        Assert.Equal(3, list.Count);
        Assert.Equal(300m, context["total"]);
        Assert.Equal("Aibek", context["label"]);
    }

    [Fact]
    public void Evaluate_MissingVariable_GivesNull()
    {
        Assert.Null(Eval("missing.path"));
        Assert.Null(Eval("missing + 1"));
    }

    [Theory]
    [InlineData("amount > \"x\"")]
    [InlineData("name * 2")]
    [InlineData("amount and true")]
    [InlineData("not(amount)")]
    public void Evaluate_WrongTypes_GivesNullAsFeelDoes(string text)
    {
        Assert.Null(Eval(text));
    }

    [Theory]
    [InlineData("1 +", FeelException.SyntaxError)]
    [InlineData("(1 + 2", FeelException.SyntaxError)]
    [InlineData("\"open", FeelException.SyntaxError)]
    [InlineData("a # b", FeelException.SyntaxError)]
    [InlineData("", FeelException.SyntaxError)]
    [InlineData("summe([1, 2])", FeelException.Unsupported)]
    [InlineData("substring(\"abc\")", FeelException.SyntaxError)]
    [InlineData("substring(text: \"abc\")", FeelException.SyntaxError)]
    [InlineData("for x in tags", FeelException.SyntaxError)]
    [InlineData("[1..2", FeelException.SyntaxError)]
    public void Parse_Malformed_ThrowsClearError(string text, string code)
    {
        var error = Assert.Throws<FeelException>(() => FeelExpression.Parse(text));

        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void ToJson_FeelValues_RoundTrip()
    {
        var value = FeelExpression.Parse("{ n: 2, d: 2.5, when: now(), wait: duration(\"PT90M\"), list: [true] }").Evaluate(Variables, Now);

        var json = FeelValues.ToJson(value)!.ToJsonString();

        Assert.Equal("{\"n\":2,\"d\":2.5,\"when\":\"2026-03-01T12:00:00Z\",\"wait\":\"PT1H30M\",\"list\":[true]}", json);
    }

    [Fact]
    public void Evaluate_VariablesBuiltInCode_ReadsPrimitiveJsonValues()
    {
        var variables = new JsonObject { ["n"] = 5, ["s"] = "x", ["b"] = true, ["d"] = 2.5 };

        Assert.Equal(true, FeelExpression.Parse("n * d = 12.5 and s = \"x\" and b").Evaluate(variables, Now));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(3000)]
    public void Parse_DeepNestingOrLongChains_IsRefusedClearly(int size)
    {
        var nested = new string('(', size) + "1" + new string(')', size);
        var chain = string.Join(" + ", Enumerable.Repeat("1", size));
        var negations = new string('-', size) + "1";

        foreach (var text in new[] { nested, chain, negations })
        {
            Assert.Equal(FeelException.Unsupported, Assert.Throws<FeelException>(() => FeelExpression.Parse(text)).Code);
        }
    }

    [Fact]
    public void Parse_ReasonableChain_IsAccepted()
    {
        Assert.Equal(100m, Eval(string.Join(" + ", Enumerable.Repeat("1", 100))));
    }

    [Fact]
    public void Cached_ParsesATextOnce_AndEvaluatesItOverEachCallsVariables()
    {
        var text = "=approved = true and count(members) > " + Guid.NewGuid().ToString("N").Length;
        var first = FeelExpression.Cached(text);

        Assert.Same(first, FeelExpression.Cached(text));
        var now = DateTimeOffset.UnixEpoch;
        Assert.Equal(false, first.Evaluate(new JsonObject { ["approved"] = true, ["members"] = new JsonArray(1, 2) }, now));
        Assert.Equal(true, first.Evaluate(new JsonObject { ["approved"] = true, ["members"] = new JsonArray(Enumerable.Range(0, 40).Select(n => (JsonNode?)n).ToArray()) }, now));
    }

    [Fact]
    public void Cached_InvalidText_IsRefusedEveryTime()
    {
        Assert.Throws<FeelException>(() => FeelExpression.Cached("= 1 +"));
        Assert.Throws<FeelException>(() => FeelExpression.Cached("= 1 +"));
    }
}
