using System.Text.Json.Nodes;
using Kyzmat.Workflows.Decisions;
using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Tests.Decisions;

public class DecisionEvaluatorTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    // Season → dish, with overlapping rules so that each hit policy tells its own answer.
    private static readonly string[] Rules =
    [
        "\"Winter\" | - | \"Roastbeef\" | 10",
        "\"Summer\" | <= 8 | \"Salad\" | 5",
        "\"Summer\" | > 8 | \"Steak\" | 20",
        "\"Summer\", \"Spring\" | [5..10] | \"Pasta\" | 7",
        "not(\"Winter\") | - | \"Soup\" | 3",
    ];

    private static DecisionEvaluation Evaluate(string decisionXml, string variablesJson, string decisionId = "dish")
    {
        var parsed = DmnParser.Parse(Dmn.Definitions("drg", decisionXml));
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Findings.Select(f => $"{f.ElementId}: {f.Code} {f.Message}")));
        var variables = JsonNode.Parse(variablesJson)!.AsObject().ToDictionary(p => p.Key, p => FeelValues.FromJson(p.Value), StringComparer.Ordinal);
        return new DecisionEvaluator(parsed.Graph!).Evaluate(decisionId, variables, Now);
    }

    private static string Json(object? value) => FeelValues.ToJson(value)?.ToJsonString() ?? "null";

    private static string Dish(string hitPolicy, string? aggregation = null, string outputs = "dish") =>
        Dmn.Table("dish", hitPolicy, ["season", "guests"], outputs.Split(','), outputs.Contains(',', StringComparison.Ordinal) ? Rules : Rules.Select(r => r[..r.LastIndexOf('|')]).ToArray(), aggregation);

    [Theory]
    [InlineData("UNIQUE", """{ "season": "Winter", "guests": 4 }""", "\"Roastbeef\"", "dish_r1")]
    [InlineData("UNIQUE", """{ "season": "Autumn", "guests": 12 }""", "\"Soup\"", "dish_r5")]
    [InlineData("FIRST", """{ "season": "Summer", "guests": 6 }""", "\"Salad\"", "dish_r2")]
    [InlineData("ANY", """{ "season": "Winter", "guests": 4 }""", "\"Roastbeef\"", "dish_r1")]
    [InlineData("PRIORITY", """{ "season": "Summer", "guests": 6 }""", "\"Pasta\"", "dish_r4")]
    public void SingleHitPolicies_GiveOneRulesOutput(string hitPolicy, string variables, string expected, string rule)
    {
        var table = hitPolicy == "PRIORITY"
            ? Dmn.Table("dish", "PRIORITY", ["season", "guests"], ["dish:\"Pasta\",\"Steak\",\"Salad\",\"Soup\",\"Roastbeef\""], Rules.Select(r => r[..r.LastIndexOf('|')]).ToArray())
            : Dish(hitPolicy);

        var result = Evaluate(table, variables);

        Assert.Equal(expected, Json(result.Output));
        Assert.Equal([rule], Assert.Single(result.Evaluated).MatchedRules.Select(r => r.RuleId));
    }

    [Fact]
    public void Unique_WithNoMatch_IsNull_AndWithSeveralMatches_Fails()
    {
        var noMatch = Evaluate(Dmn.Table("n", "UNIQUE", ["x"], ["y"], ["1 | 1"]), """{ "x": 2 }""", "n");
        Assert.Null(noMatch.Output);
        Assert.Empty(Assert.Single(noMatch.Evaluated).MatchedRules);

        var ex = Assert.Throws<DecisionEvaluationException>(() => Evaluate(Dish("UNIQUE"), """{ "season": "Summer", "guests": 6 }"""));
        Assert.Equal("dish", ex.DecisionId);
        Assert.Contains("UNIQUE", ex.Message, StringComparison.Ordinal);
        Assert.Contains("dish_r2, dish_r4, dish_r5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_WithDifferentOutputs_Fails()
    {
        var ex = Assert.Throws<DecisionEvaluationException>(() => Evaluate(Dish("ANY"), """{ "season": "Summer", "guests": 6 }"""));
        Assert.Contains("ANY", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("COLLECT", null, """["Salad","Pasta","Soup"]""")]
    [InlineData("RULE ORDER", null, """["Salad","Pasta","Soup"]""")]
    [InlineData("COLLECT", "COUNT", "3")]
    public void MultipleHitPolicies_CollectTheMatchedRules(string hitPolicy, string? aggregation, string expected)
    {
        var result = Evaluate(Dish(hitPolicy, aggregation), """{ "season": "Summer", "guests": 6 }""");

        Assert.Equal(expected, Json(result.Output));
        Assert.Equal(["dish_r2", "dish_r4", "dish_r5"], Assert.Single(result.Evaluated).MatchedRules.Select(r => r.RuleId));
    }

    [Fact]
    public void OutputOrder_SortsByTheOutputValues()
    {
        var table = Dmn.Table("dish", "OUTPUT ORDER", ["season", "guests"], ["dish:\"Soup\",\"Pasta\",\"Salad\""], Rules.Select(r => r[..r.LastIndexOf('|')]).ToArray());

        var result = Evaluate(table, """{ "season": "Summer", "guests": 6 }""");

        Assert.Equal("""["Soup","Pasta","Salad"]""", Json(result.Output));
        Assert.Equal(["dish_r5", "dish_r4", "dish_r2"], Assert.Single(result.Evaluated).MatchedRules.Select(r => r.RuleId));
    }

    [Theory]
    [InlineData("SUM", "15")]
    [InlineData("MIN", "3")]
    [InlineData("MAX", "7")]
    [InlineData("COUNT", "3")]
    public void CollectAggregations_CombineTheOutputs(string aggregation, string expected)
    {
        var table = Dmn.Table("cost", "COLLECT", ["season", "guests"], ["cost"], Rules.Select(r => r[..r.IndexOf('|', r.IndexOf('|') + 1)] + " | " + r[(r.LastIndexOf('|') + 1)..]).ToArray(), aggregation);

        Assert.Equal(expected, Json(Evaluate(table, """{ "season": "Summer", "guests": 6 }""", "cost").Output));
    }

    [Fact]
    public void Collect_WithNoMatch_IsAnEmptyList_AndCountIsZero()
    {
        var none = Dmn.Table("n", "COLLECT", ["x"], ["y"], ["1 | 1"]);
        Assert.Equal("[]", Json(Evaluate(none, """{ "x": 2 }""", "n").Output));
        Assert.Equal("0", Json(Evaluate(Dmn.Table("n", "COLLECT", ["x"], ["y"], ["1 | 1"], "COUNT"), """{ "x": 2 }""", "n").Output));
    }

    [Fact]
    public void SeveralOutputs_GiveAContextPerRule()
    {
        var result = Evaluate(Dish("FIRST", outputs: "dish,cost"), """{ "season": "Summer", "guests": 9 }""");

        Assert.Equal("""{"dish":"Steak","cost":20}""", Json(result.Output));
    }

    [Fact]
    public void NoMatch_WithDefaultOutputEntries_GivesTheDefaults()
    {
        var table = Dmn.Table("dish", "UNIQUE", ["season"], ["dish", "cost"], ["\"Winter\" | \"Roastbeef\" | 10"], defaults: "\"Bread\"|1");

        Assert.Equal("""{"dish":"Bread","cost":1}""", Json(Evaluate(table, """{ "season": "Summer" }""").Output));
        Assert.Empty(Assert.Single(Evaluate(table, """{ "season": "Summer" }""").Evaluated).MatchedRules);
    }

    [Theory]
    [InlineData("-", 5, true)]
    [InlineData("", 5, true)]
    [InlineData("< 10", 5, true)]
    [InlineData("[1..5)", 5, false)]
    [InlineData("1, 3, 5", 5, true)]
    [InlineData("not(1, 3, 5)", 5, false)]
    [InlineData("not(< 3)", 5, true)]
    [InlineData("? > limit", 5, true)]
    [InlineData("odd(?)", 4, false)]
    [InlineData("limit", 4, true)]
    [InlineData("\"5\"", 5, false)]
    public void InputEntries_AreFeelUnaryTests(string entry, int input, bool expected)
    {
        var tests = FeelUnaryTests.Parse(entry);

        Assert.Equal(expected, tests.Test((decimal)input, new Dictionary<string, object?> { ["limit"] = 4m }, Now) == true);
    }

    [Fact]
    public void LiteralExpressions_AndRequiredDecisions_AreEvaluatedFirstAndReadByNameOrId()
    {
        var drg = string.Join("\n",
            Dmn.Literal("total", "sum(items.price)", variableName: "Order Total"),
            Dmn.Table("discount", "FIRST", ["Order Total"], ["rate"], [">= 100 | 0.1", "- | 0"], requires: "total"),
            Dmn.Literal("price", "total - total * discount", requires: "total,discount"));

        var result = Evaluate(drg, """{ "items": [ { "price": 60 }, { "price": 90 } ] }""", "price");

        Assert.Equal(135m, result.Output);
        Assert.Equal(["total", "discount", "price"], result.Evaluated.Select(d => d.DecisionId));
        Assert.Equal(["discount_r1"], result.Evaluated[1].MatchedRules.Select(r => r.RuleId));
    }

    [Fact]
    public void AFailingExpression_FailsTheDecision()
    {
        var ex = Assert.Throws<DecisionEvaluationException>(() => Evaluate(Dmn.Literal("boom", "assert(false, \"no\")"), "{}", "boom"));
        Assert.Equal("boom", ex.DecisionId);
    }
}
