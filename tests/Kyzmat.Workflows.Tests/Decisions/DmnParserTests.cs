using System.Diagnostics;
using System.Text;
using Kyzmat.Workflows.Decisions;
using Kyzmat.Workflows.Parsing;

namespace Kyzmat.Workflows.Tests.Decisions;

public class DmnParserTests
{
    [Fact]
    public void Parse_CamundaModelerTable_ReadsDecisionsInputsOutputsAndRules()
    {
        var xml = Dmn.Definitions("drg", Dmn.Table("dish", "RULE ORDER", ["season"], ["dish"], ["\"Winter\" | \"Roastbeef\"", "- | \"Soup\""], versionTag: "v1"));

        var result = DmnParser.Parse(xml);

        Assert.Empty(result.Findings);
        var decision = Assert.Single(result.Graph!.Decisions);
        Assert.Equal(("dish", "dish name", "v1"), (decision.Id, decision.Name, decision.VersionTag));
        Assert.Equal(HitPolicy.RuleOrder, decision.Table!.HitPolicy);
        Assert.Equal(["dish_r1", "dish_r2"], decision.Table.Rules.Select(r => r.Id));
        Assert.True(decision.Table.Rules[1].InputEntries[0].MatchesAnything);
    }

    [Theory]
    [InlineData("1.1", "http://www.omg.org/spec/DMN/20151101/dmn.xsd")]
    [InlineData("1.3", "https://www.omg.org/spec/DMN/20191111/MODEL/")]
    [InlineData("1.4", "https://www.omg.org/spec/DMN/20211108/MODEL/")]
    [InlineData("1.5", "https://www.omg.org/spec/DMN/20230324/MODEL/")]
    public void Parse_EachDmnVersionsNamespace_IsRead(string version, string ns)
    {
        var xml = Dmn.Definitions("drg", Dmn.Literal("d", "1 + 1")).Replace(Dmn.Namespace, ns, StringComparison.Ordinal);

        Assert.True(DmnParser.Parse(xml).IsValid, version);
        Assert.True(DmnNamespaces.LooksLikeDmn(xml), version);
    }

    [Theory]
    [InlineData("<decision id=\"a\"><literalExpression><text>1 +</text></literalExpression></decision>", "a", FindingCodes.ExpressionInvalid)]
    [InlineData("<decision id=\"a\" />", "a", FindingCodes.DecisionInvalid)]
    [InlineData("<decision id=\"a\"><context /></decision>", "a", FindingCodes.DecisionUnsupported)]
    [InlineData("<decision><literalExpression><text>1</text></literalExpression></decision>", null, FindingCodes.MissingId)]
    [InlineData("<decision id=\"a\"><decisionTable hitPolicy=\"SOMETIMES\"><output name=\"x\" /></decisionTable></decision>", "a", FindingCodes.DecisionInvalid)]
    [InlineData("<decision id=\"a\"><decisionTable hitPolicy=\"FIRST\" aggregation=\"SUM\"><output name=\"x\" /></decisionTable></decision>", "a", FindingCodes.DecisionInvalid)]
    [InlineData("<decision id=\"a\"><decisionTable hitPolicy=\"PRIORITY\"><output name=\"x\" /></decisionTable></decision>", "a", FindingCodes.DecisionInvalid)]
    [InlineData("<decision id=\"a\"><decisionTable><input id=\"i\"><inputExpression><text>x</text></inputExpression></input><output name=\"y\" /><rule id=\"r\"><inputEntry><text>[1..</text></inputEntry><outputEntry><text>1</text></outputEntry></rule></decisionTable></decision>", "r", FindingCodes.ExpressionInvalid)]
    [InlineData("<decision id=\"a\"><decisionTable><input id=\"i\"><inputExpression><text>x</text></inputExpression></input><output name=\"y\" /><rule id=\"r\"><outputEntry><text>1</text></outputEntry></rule></decisionTable></decision>", "r", FindingCodes.DecisionInvalid)]
    [InlineData("<decision id=\"a\"><informationRequirement><requiredDecision href=\"#ghost\" /></informationRequirement><literalExpression><text>1</text></literalExpression></decision>", "a", FindingCodes.DecisionInvalid)]
    [InlineData("<decision id=\"a\"><literalExpression expressionLanguage=\"juel\"><text>${x}</text></literalExpression></decision>", "a", FindingCodes.DecisionUnsupported)]
    public void Parse_BrokenDecision_IsRefusedWithAFindingOnTheElement(string decision, string? elementId, string code)
    {
        var result = DmnParser.Parse(Dmn.Definitions("drg", decision));

        Assert.Null(result.Graph);
        var finding = Assert.Single(result.Findings);
        Assert.Equal((code, elementId), (finding.Code, finding.ElementId));
    }

    [Fact]
    public void Parse_RequiredDecisionsInACycle_AreRefused()
    {
        var xml = Dmn.Definitions("drg", Dmn.Literal("a", "b", requires: "b"), Dmn.Literal("b", "c", requires: "c"), Dmn.Literal("c", "a", requires: "a"), Dmn.Literal("d", "a", requires: "a"));

        var result = DmnParser.Parse(xml);

        Assert.Null(result.Graph);
        Assert.Equal(FindingCodes.DecisionCycle, Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void Parse_ALongChainOfRequiredDecisions_IsAcceptedWithoutRecursion()
    {
        var decisions = Enumerable.Range(0, 900).Select(i => Dmn.Literal($"d{i}", i == 0 ? "0" : $"d{i - 1} + 1", requires: i == 0 ? null : $"d{i - 1}")).ToArray();

        var result = DmnParser.Parse(Dmn.Definitions("drg", decisions));

        Assert.True(result.IsValid);
        Assert.Equal(899m, new DecisionEvaluator(result.Graph!).Evaluate("d899", new Dictionary<string, object?>(), DateTimeOffset.UnixEpoch).Output);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml")]
    [InlineData("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"x\"><decision id=\"a\"><decisionTable>")]
    [InlineData("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" />")]
    public void Parse_Garbage_NeverThrows(string text)
    {
        var result = DmnParser.Parse(text);

        Assert.Null(result.Graph);
        Assert.NotEmpty(result.Findings);
    }

    [Fact]
    public void Parse_BillionLaughs_GivesDtdFindingQuickly()
    {
        var bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            bomb.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : i - 1)};", 10))}\">");
        }

        bomb.Append("]><definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"x\"><decision id=\"a\"><literalExpression><text>&lol9;</text></literalExpression></decision></definitions>");
        var watch = Stopwatch.StartNew();

        var result = DmnParser.Parse(bomb.ToString());

        Assert.Equal(FindingCodes.XmlDtdProhibited, Assert.Single(result.Findings).Code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Parse_HugeFile_GivesSizeFinding()
    {
        var xml = Dmn.Definitions("drg", Dmn.Literal("a", "1")).Replace("</definitions>", "<!--" + new string('x', DmnParser.MaxSize) + "--></definitions>", StringComparison.Ordinal);

        Assert.Equal(FindingCodes.FileTooLarge, Assert.Single(DmnParser.Parse(xml).Findings).Code);
    }

    [Fact]
    public void Parse_DeeplyNestedElementsAndExpressions_GiveFindingsWithoutStackOverflow()
    {
        var deepXml = Dmn.Definitions("drg", Dmn.Literal("a", "1")).Replace("</definitions>",
            string.Concat(Enumerable.Repeat("<extensionElements>", 50_000)) + string.Concat(Enumerable.Repeat("</extensionElements>", 50_000)) + "</definitions>", StringComparison.Ordinal);
        Assert.True(DmnParser.Parse(deepXml).IsValid, "Elements the parser does not read are never walked.");

        var deepFeel = new string('(', 100_000) + "1" + new string(')', 100_000);
        var result = DmnParser.Parse(Dmn.Definitions("drg", Dmn.Table("t", "UNIQUE", ["x"], ["y"], [deepFeel + " | " + deepFeel])));

        Assert.Null(result.Graph);
        Assert.All(result.Findings, f => Assert.Equal(FindingCodes.ExpressionInvalid, f.Code));
        Assert.Equal(2, result.Findings.Count);
    }

    [Fact]
    public void Parse_TooManyRules_IsRefused()
    {
        var rules = Enumerable.Repeat("1 | 1", DmnParser.MaxRules + 1).ToArray();

        var result = DmnParser.Parse(Dmn.Definitions("drg", Dmn.Table("t", "FIRST", ["x"], ["y"], rules)));

        Assert.Equal(FindingCodes.DecisionInvalid, Assert.Single(result.Findings).Code);
    }
}
