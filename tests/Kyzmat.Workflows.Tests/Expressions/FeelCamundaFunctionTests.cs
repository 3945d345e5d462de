using System.Text.Json.Nodes;
using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Tests.Expressions;

/// <summary>Camunda's extension functions and behaviours that the DMN TCK does not cover.</summary>
public class FeelCamundaFunctionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly JsonObject Variables = JsonNode.Parse("""
        { "order": { "items": [ { "name": "pen", "price": 2 }, { "name": "ink", "price": 7 } ] },
          "Full Name": "Aibek Asanov", "tags": ["a", "b", "a"], "nothing": null, "when": "2026-03-04" }
        """)!.AsObject();

    private static object? Eval(string text) => FeelExpression.Parse(text).Evaluate(Variables, Now);

    private static string Text(string text) => FeelText.Format(Eval(text));

    [Theory]
    [InlineData("get or else(nothing, \"none\")", "\"none\"")]
    [InlineData("get or else(\"x\", \"none\")", "\"x\"")]
    [InlineData("assert(order.items[1].price, order.items[1].price > 0)", "2")]
    [InlineData("is empty([])", "true")]
    [InlineData("is empty(tags)", "false")]
    [InlineData("string join(tags)", "\"aba\"")]
    [InlineData("string join([\"a\", null, \"c\"], \", \", \"[\", \"]\")", "\"[a, c]\"")]
    [InlineData("trim(\"  hi  \")", "\"hi\"")]
    [InlineData("is blank(\" \\t \")", "true")]
    [InlineData("is blank(\"x\")", "false")]
    [InlineData("duplicate values(tags)", "[\"a\"]")]
    [InlineData("last day of month(date(when))", "2026-03-31")]
    [InlineData("partition([1, 2, 3, 4, 5], 2)", "[[1, 2], [3, 4], [5]]")]
    [InlineData("partition([1, 2], 0)", "null")]
    [InlineData("context put({a: {b: 1}}, [\"a\", \"c\"], 2)", "{a:{b:1, c:2}}")]
    [InlineData("context put({}, [\"x\", \"y\"], 1)", "{x:{y:1}}")]
    [InlineData("get value({a: {b: 1}}, [\"a\", \"b\"])", "1")]
    [InlineData("get value({a: 1}, [])", "null")]
    [InlineData("context merge([{a: 1}, {a: 2, b: 3}])", "{a:2, b:3}")]
    [InlineData("to base64(\"hi\")", "\"aGk=\"")]
    [InlineData("extract(\"a1b22\", \"[0-9]+\")", "[\"1\", \"22\"]")]
    [InlineData("string length(uuid())", "36")]
    [InlineData("to json({a: 1, b: [true, null], c: @\"2024-01-02\", d: \"x\\\"y\"})", "\"{\\\"a\\\":1,\\\"b\\\":[true,null],\\\"c\\\":\\\"2024-01-02\\\",\\\"d\\\":\\\"x\\\\\\\"y\\\"}\"")]
    [InlineData("from json(\"{\\\"a\\\": [1, 2.5, \\\"x\\\", null]}\")", "{a:[1, 2.5, \"x\", null]}")]
    [InlineData("from json(\"not json\")", "null")]
    [InlineData("now()", "2026-03-01T12:00:00Z")]
    [InlineData("today()", "2026-03-01")]
    [InlineData("day of week(today())", "\"Sunday\"")]
    [InlineData("month of year(today())", "\"March\"")]
    [InlineData("week of year(date(\"2021-01-03\"))", "53")]
    [InlineData("sum(order.items.price)", "9")]
    [InlineData("order.items[price > 5].name", "[\"ink\"]")]
    [InlineData("\"Dear \" + Full Name", "\"Dear Aibek Asanov\"")]
    [InlineData("is defined(nothing) and not(is defined(missing))", "true")]
    [InlineData("time(\"13:30\")", "13:30:00")]
    [InlineData("bpmnError(\"E1\", \"boom\", {a: 1})", "{errorType:\"bpmnError\", code:\"E1\", message:\"boom\", variables:{a:1}}")]
    [InlineData("jobError(\"boom\", {}, 2)", "{errorType:\"jobError\", message:\"boom\", variables:{}, retries:2}")]
    [InlineData("fromAi(5, \"a number\", \"number\")", "5")]
    public void Evaluate_CamundaExtension_GivesCamundasResult(string text, string expected)
    {
        Assert.Equal(expected, Text(text));
    }

    [Fact]
    public void Evaluate_FailedAssert_FailsTheEvaluationWithItsCause()
    {
        var error = Assert.Throws<FeelException>(() => Eval("assert(nothing, nothing != null, \"an order is needed\")"));

        Assert.Equal(FeelException.EvaluationFailed, error.Code);
        Assert.Contains("an order is needed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1 + \"a\"")]
    [InlineData("\"a\" < 1")]
    [InlineData("missing.deep.path")]
    [InlineData("upper case(5)")]
    [InlineData("date(\"2026-02-30\")")]
    [InlineData("[1, 2][5]")]
    public void Evaluate_TypeErrorOrMissingValue_GivesNullLikeCamunda(string text)
    {
        Assert.Null(Eval(text));
    }

    [Fact]
    public void Evaluate_VariableNamedLikeABuiltIn_DoesNotHideTheFunction()
    {
        var result = FeelExpression.Parse("sum(sum)").Evaluate(new Dictionary<string, object?> { ["sum"] = new List<object?> { 1m, 2m } }, Now);

        Assert.Equal(3m, result);
    }

    [Fact]
    public void Parse_DeclaredNamesWithSymbols_AreReadAsOneName()
    {
        var expression = FeelExpression.Parse("K-Score-1 * 2 + days in week", ["K-Score-1", "days in week"]);

        var result = expression.Evaluate(new Dictionary<string, object?> { ["K-Score-1"] = 10m, ["days in week"] = 7m }, Now);

        Assert.Equal(27m, result);
    }

    [Fact]
    public void ToJson_TemporalValues_AreIsoStrings()
    {
        var value = Eval("{ d: date(\"2026-03-04\"), t: time(\"10:30:00+02:00\"), z: date and time(\"2026-03-04T10:30:00@Europe/Paris\"), ym: duration(\"P1Y2M\"), dt: duration(\"PT90M\") }");

        var json = FeelValues.ToJson(value)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.Equal("{\"d\":\"2026-03-04\",\"t\":\"10:30:00+02:00\",\"z\":\"2026-03-04T10:30:00@Europe/Paris\",\"ym\":\"P1Y2M\",\"dt\":\"PT1H30M\"}", json);
    }
}
