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
    private const int DeployedCamunda8Floor = 24;

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
}
