using Kyzmat.Recruitment.Applications;
using Kyzmat.Testing;
using Kyzmat.Workflows.Parsing;

namespace Kyzmat.Recruitment.Tests.Applications;

/// <summary>What the domain needs of application-lifecycle, checked on the shipped file and on edits an administrator might make.</summary>
public sealed class LifecycleContractTests
{
    private static readonly string Shipped = File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot(), "workflows", "application-lifecycle.bpmn"));

    private static IReadOnlyList<Finding> Check(string xml)
    {
        var parsed = BpmnParser.Parse(xml);
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Findings.Select(f => f.Message)));
        var findings = new LifecycleContract().Check(parsed.Model!);
        Assert.All(findings, f => Assert.Equal(LifecycleContract.Code, f.Code));
        return findings;
    }

    private static string Edit(string from, string to)
    {
        Assert.Contains(from, Shipped, StringComparison.Ordinal);
        return Shipped.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedLifecycle_KeepsTheContract() => Assert.Empty(Check(Shipped));

    [Fact]
    public void AnotherProcess_IsFree_EvenWithStepsThePortalDoesNotKnow() =>
        Assert.Empty(Check(Edit("""id="application-lifecycle" """, """id="my-own-process" """).Replace("kyzmat:document-review", "kyzmat:no-such-step", StringComparison.Ordinal)));

    [Fact]
    public void AMistypedStep_IsRefusedOnTheTask_AndTheStepIsMissing()
    {
        var findings = Check(Edit("formKey=\"kyzmat:document-review\"", "formKey=\"kyzmat:document-reveiw\""));

        Assert.Contains(findings, f => f.ElementId == "DocumentReview" && f.Message.Contains("kyzmat:document-reveiw", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.ElementId is null && f.Message.Contains("kyzmat:document-review", StringComparison.Ordinal));
    }

    [Fact]
    public void AStepOnTwoTasks_IsRefusedOnTheSecond()
    {
        var findings = Check(Edit("formKey=\"kyzmat:interview-decision\"", "formKey=\"kyzmat:test-result\""));

        Assert.Contains(findings, f => f.ElementId == "InterviewDecision" && f.Message.Contains("also on 'TestResult'", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.ElementId is null && f.Message.Contains("kyzmat:interview-decision", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("=admitted = true", "=score > 50")]
    [InlineData("=admitted = true", "=admittedLate = true")]
    public void ADecisionNothingRoutesOn_IsRefusedOnItsStep(string condition, string changed)
    {
        var finding = Assert.Single(Check(Edit(condition, changed)));

        Assert.Equal("DocumentReview", finding.ElementId);
        Assert.Contains("'admitted'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMistypedTaskType_IsRefusedOnTheServiceTask_AndTheSigningCodeIsMissing()
    {
        var findings = Check(Edit("type=\"application.send-signing-code\"", "type=\"application.send-signing-cod\""));

        Assert.Contains(findings, f => f.ElementId == "SendSigningCode");
        Assert.Contains(findings, f => f.ElementId is null && f.Message.Contains("application.send-signing-code", StringComparison.Ordinal));
    }

    /// <summary>A step an administrator adds before the document review, with a Camunda form (issue 21's example).</summary>
    private const string BackgroundCheck = """
        <bpmn:userTask id="BackgroundCheck" name="Коопсуздук кызматынын текшерүүсү">
          <bpmn:extensionElements><zeebe:formDefinition formId="background-check" /></bpmn:extensionElements>
          <bpmn:incoming>Flow_ToDocumentReview</bpmn:incoming>
          <bpmn:outgoing>Flow_CheckedToReview</bpmn:outgoing>
        </bpmn:userTask>
        <bpmn:sequenceFlow id="Flow_CheckedToReview" sourceRef="BackgroundCheck" targetRef="DocumentReview" />

        """;

    [Fact]
    public void AStepAddedWithACamundaForm_AndItsOwnTaskType_KeepTheContract() =>
        Assert.Empty(Check(Edit("""sourceRef="ConfirmCode" targetRef="DocumentReview" />""", """sourceRef="ConfirmCode" targetRef="BackgroundCheck" />""")
            .Replace("""<bpmn:userTask id="DocumentReview" """, BackgroundCheck + """<bpmn:userTask id="DocumentReview" """, StringComparison.Ordinal)
            .Replace("<bpmn:incoming>Flow_ToDocumentReview</bpmn:incoming>\n      <bpmn:outgoing>Flow_ToAdmitted</bpmn:outgoing>",
                "<bpmn:incoming>Flow_CheckedToReview</bpmn:incoming>\n      <bpmn:outgoing>Flow_ToAdmitted</bpmn:outgoing>", StringComparison.Ordinal)));
}
