using System.Diagnostics;
using System.Text;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Tests.Support;

namespace Kyzmat.Workflows.Tests.Parsing;

public class HostileDiagramTests
{
    [Fact]
    public void Parse_XmlBomb_GivesDtdFindingQuickly()
    {
        var watch = Stopwatch.StartNew();

        var result = BpmnParser.Parse(Diagrams.Load("Hostile/xml-bomb"));

        Assert.Null(result.Model);
        Assert.Equal(FindingCodes.XmlDtdProhibited, Assert.Single(result.Findings).Code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Parse_ExternalEntity_IsNotResolved()
    {
        var result = BpmnParser.Parse(Diagrams.Load("Hostile/external-entity"));

        Assert.Null(result.Model);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingCodes.XmlDtdProhibited, finding.Code);
        Assert.DoesNotContain("root:", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TwentyMegabyteString_GivesSizeFinding()
    {
        var xml = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><!--" + new string('x', 20 * 1024 * 1024) + "--></bpmn:definitions>";

        var result = BpmnParser.Parse(xml);

        Assert.Equal(FindingCodes.FileTooLarge, Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void Parse_TwentyMegabyteStream_StopsReadingAtTheLimit()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', 20 * 1024 * 1024)));

        var result = BpmnParser.Parse(stream);

        Assert.Equal(FindingCodes.FileTooLarge, Assert.Single(result.Findings).Code);
        Assert.True(stream.Position <= BpmnParser.MaxSize + 1);
    }

    [Fact]
    public void Parse_UnknownNamespace_RejectsForeignElementsAndExtensions()
    {
        var result = BpmnParser.Parse(Diagrams.Load("Hostile/unknown-namespace"));

        Assert.Null(result.Model);
        Assert.Contains(result.Findings, f => f is { ElementId: "Robot", Code: FindingCodes.UnknownNamespace });
        Assert.Contains(result.Findings, f => f is { ElementId: "Task_Legacy", Code: FindingCodes.UnsupportedExtension });
    }

    [Theory]
    [InlineData("Hostile/not-bpmn", FindingCodes.NotBpmn)]
    [InlineData("Hostile/truncated", FindingCodes.XmlMalformed)]
    public void Parse_NotABpmnFile_GivesFinding(string name, string code)
    {
        Assert.Equal(code, Assert.Single(BpmnParser.Parse(Diagrams.Load(name)).Findings).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<?xml version=\"1.0\"?>")]
    [InlineData("<a><b></a>")]
    public void Parse_Garbage_NeverThrows(string text)
    {
        var result = BpmnParser.Parse(text);

        Assert.False(result.IsValid);
        Assert.NotEmpty(result.Findings);
    }

    [Fact]
    public void Parse_DeeplyNestedSubProcesses_GivesFindingWithoutStackOverflow()
    {
        var open = string.Concat(Enumerable.Range(0, 5000).Select(i => $"<bpmn:subProcess id=\"Sub_{i}\">"));
        var close = string.Concat(Enumerable.Repeat("</bpmn:subProcess>", 5000));
        var xml = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process id=\"deep\" isExecutable=\"true\">"
            + "<bpmn:startEvent id=\"Start\" />" + open + close + "</bpmn:process></bpmn:definitions>";

        var result = BpmnParser.Parse(xml);

        Assert.Contains(result.Findings, f => f.Code == FindingCodes.UnsupportedElement && f.Message.Contains("nested", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_HostileConditionExpression_GivesFindingWithoutStackOverflow()
    {
        var deep = new string('(', 100_000) + "1" + new string(')', 100_000);
        var xml = Diagrams.Load("user-task-approval").Replace("=approved = true", "=" + deep, StringComparison.Ordinal);

        var result = BpmnParser.Parse(xml);

        Assert.Contains(result.Findings, f => f is { Code: FindingCodes.ExpressionInvalid, ElementId: "Flow_Approved" });
    }
}
