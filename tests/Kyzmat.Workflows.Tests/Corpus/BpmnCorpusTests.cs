using Kyzmat.Workflows.Parsing;
using Xunit.Abstractions;

namespace Kyzmat.Workflows.Tests.Corpus;

/// <summary>
/// Every diagram of the corpus goes through the parser that deployment uses. Camunda 8 diagrams should deploy; each
/// refusal is printed with its findings, and the count may not fall below what the engine reached (issue 20's
/// target is 66 of 73).
/// </summary>
public sealed class BpmnCorpusTests(ITestOutputHelper output)
{
    /// <summary>Camunda 8 diagrams that deployed when this was last raised; lower it never, raise it with the engine.</summary>
    private const int DeployedCamunda8Floor = 42;

    [SkippableFact]
    public void EveryCorpusFile_IsDeployedOrRefusedWithFindings_NeverThrows()
    {
        Skip.If(BpmnCorpus.Folder is null, "../shared/bpmn-corpus is not beside the repository.");
        var entries = BpmnCorpus.Entries();

        foreach (var entry in entries)
        {
            using var stream = File.OpenRead(entry.FullPath);
            var result = BpmnParser.Parse(stream);

            Assert.True(result.Model is not null || result.Findings.Count > 0, $"{entry.Path}: neither a model nor a finding.");
            Assert.True(result.Model is null || result.Findings.Count == 0, $"{entry.Path}: a model despite findings.");
        }

        Assert.Equal(150, entries.Count);
    }

    [SkippableFact]
    public void Camunda8Diagrams_DeployAtLeastTheFloor_AndEveryRefusalIsPrinted()
    {
        Skip.If(BpmnCorpus.Folder is null, "../shared/bpmn-corpus is not beside the repository.");
        var camunda8 = BpmnCorpus.Entries().Where(e => e.IsCamunda8).ToList();
        var refusalsByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var deployed = 0;

        foreach (var entry in camunda8)
        {
            using var stream = File.OpenRead(entry.FullPath);
            var result = BpmnParser.Parse(stream);
            if (result.Model is not null)
            {
                deployed++;
                output.WriteLine($"DEPLOYS  {entry.Path}");
                continue;
            }

            var codes = result.Findings.Select(f => f.Code).Distinct().ToList();
            foreach (var code in codes)
            {
                refusalsByCode[code] = refusalsByCode.GetValueOrDefault(code) + 1;
            }

            var first = result.Findings[0];
            output.WriteLine($"REFUSED  {entry.Path}: {string.Join(", ", codes)} — {first.ElementId}: {first.Message}");
        }

        output.WriteLine("");
        output.WriteLine($"Camunda 8 diagrams deployed: {deployed} of {camunda8.Count} ({100.0 * deployed / camunda8.Count:F1} %)");
        foreach (var (code, count) in refusalsByCode.OrderByDescending(p => p.Value))
        {
            output.WriteLine($"  refused for {code}: {count} file(s)");
        }

        Assert.Equal(73, camunda8.Count);
        Assert.True(deployed >= DeployedCamunda8Floor, $"Only {deployed} of {camunda8.Count} Camunda 8 diagrams deploy; the floor is {DeployedCamunda8Floor}.");
    }

    [SkippableFact]
    public async Task DeployedCamunda8Diagrams_RunToTheirEndOrToAWaitForSomeoneElse_WithAWorkerCompletingEveryJob()
    {
        Skip.If(BpmnCorpus.Folder is null, "../shared/bpmn-corpus is not beside the repository.");
        var failures = new List<string>();
        var entries = BpmnCorpus.Entries();
        foreach (var entry in entries.Where(e => e.IsCamunda8))
        {
            var xml = await File.ReadAllTextAsync(entry.FullPath);
            if (BpmnParser.Parse(xml).Model is null)
            {
                continue;
            }

            var companions = entries.Where(e => e.IsCamunda8 && e != entry && Path.GetDirectoryName(e.Path) == Path.GetDirectoryName(entry.Path))
                .Select(e => File.ReadAllText(e.FullPath));
            var outcome = await CorpusRun.RunAsync(xml, StartVariables.GetValueOrDefault(entry.Path), companions);
            var expected = ExpectedToStop.GetValueOrDefault(entry.Path);
            output.WriteLine($"{entry.Path}: {outcome}{(expected is null ? "" : $" (expected: {expected})")}");
            var fine = outcome.State == Kyzmat.Workflows.Runtime.InstanceStates.Completed || outcome.WaitsForSomeoneElse;
            if (fine == (expected is not null))
            {
                failures.Add($"{entry.Path}: {outcome}{(expected is null ? "" : $", but it was listed as stopping: {expected}")}");
            }
        }

        Assert.True(failures.Count == 0, "Unexpected outcomes:\n" + string.Join("\n", failures));
    }

    [SkippableFact]
    public async Task TheTokenBomb_IsStoppedWithAnIncident_NotByExhaustingMemory()
    {
        Skip.If(BpmnCorpus.Folder is null, "../shared/bpmn-corpus is not beside the repository.");
        // zeebe-client-csharp/endless.bpmn: a parallel gateway feeding an exclusive one in a loop doubles the tokens each round.
        var xml = await File.ReadAllTextAsync(Path.Combine(BpmnCorpus.Folder!, "zeebe-client-csharp", "endless.bpmn"));

        var outcome = await CorpusRun.RunAsync(xml, null);

        Assert.Equal(Kyzmat.Workflows.Runtime.InstanceStates.Active, outcome.State);
        Assert.Contains(Kyzmat.Workflows.Runtime.IncidentCodes.LoopDetected, outcome.IncidentCodes);
        Assert.True(outcome.TokensJsonLength < 1_000_000, $"The stopped instance keeps {outcome.TokensJsonLength} characters of tokens.");
    }

    /// <summary>What a diagram's own starter gives it: the variables its correlation keys and conditions read.</summary>
    private static readonly Dictionary<string, string> StartVariables = new(StringComparer.Ordinal)
    {
        ["bpmn-miwg-test-suite/C.9.1.bpmn"] = """{ "documentReferenceId": "doc-1" }""",
        ["bpmn-miwg-test-suite/Open-BPMN-1.2.8-2__C.9.1-roundtrip.bpmn"] = """{ "documentReferenceId": "doc-1" }""",
        ["bpmn-miwg-test-suite/C.9.2.bpmn"] = """{ "documentReferenceId": "doc-1", "fraudSuspectedId": "f-1" }""",
        ["bpmn-miwg-test-suite/Trisotech-Workflow-Modeler-12.6.3__C.9.2-roundtrip.bpmn"] = """{ "documentReferenceId": "doc-1", "fraudSuspectedId": "f-1" }""",
        ["camunda-8-js-sdk/Client-DeployWorkflow.bpmn"] = """{ "uniqueId": "u-1" }""",
        ["camunda-8-js-sdk/conditional-pathway.bpmn"] = """{ "conditionVariable": true }""",
        ["camunda-8-js-sdk/message-correlation-test.bpmn"] = """{ "orderId": "o-1" }""",
        ["zeebe-process-test/message-event.bpmn"] = """{ "correlationKey": "k-1" }""",
        ["zeebe-process-test/looping-servicetask.bpmn"] = """{ "totalLoops": 3 }""",
    };

    private const string C92Timeout =
        "nobody decides: after 5 days the non-interrupting timer event sub-process asks to accelerate, after 7 the boundary timer "
        + "throws the error '02', which nothing in the diagram catches: an UNHANDLED_ERROR_EVENT incident, as in Camunda";

    /// <summary>
    /// Deployed diagrams that stop short of their end or of a person's wait when started with no variables, and why:
    /// each is what Camunda 8 would do with the same start.
    /// </summary>
    private static readonly Dictionary<string, string> ExpectedToStop = new(StringComparer.Ordinal)
    {
        ["camunda-8-js-sdk/connector_test.bpmn"] = "a connector demo that loops through two jobs and two 10-second timers for ever, by design",
        ["camunda-modeler/foo.bpmn"] =
            "calls BarProcess (camunda-modeler/bar.bpmn), which does not deploy: its business rule task calls a DMN decision; "
            + "Camunda raises the same CALLED_ELEMENT_ERROR incident when the called process is not deployed",
        ["bpmn-miwg-test-suite/C.9.2.bpmn"] = C92Timeout,
        ["bpmn-miwg-test-suite/Trisotech-Workflow-Modeler-12.6.3__C.9.2-roundtrip.bpmn"] = C92Timeout,
        ["flowzer-bpmn-core-engine/SubProcess.bpmn"] =
            "calls Process_SimpleService, which is not in the corpus: a CALLED_ELEMENT_ERROR incident, as in Camunda",
        ["zeebe-process-test/multiple-call-activity.bpmn"] =
            "calls alternate-start-end and call-activity, which are not in the corpus: a CALLED_ELEMENT_ERROR incident, as in Camunda",
    };
}
