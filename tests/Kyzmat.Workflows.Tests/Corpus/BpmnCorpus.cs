using Kyzmat.Testing;

namespace Kyzmat.Workflows.Tests.Corpus;

/// <summary>
/// The BPMN corpus in <c>../shared/bpmn-corpus</c>: real diagrams written by other projects, classified in its
/// <c>index.tsv</c> (path, source, flavour — "zeebe" for Camunda 8 diagrams — and what they contain).
/// </summary>
internal static class BpmnCorpus
{
    public static string? Folder => TestEnvironment.SharedFolder("bpmn-corpus");

    public static IReadOnlyList<Entry> Entries()
    {
        var folder = Folder ?? throw new InvalidOperationException("The BPMN corpus is not beside the repository.");
        return File.ReadLines(Path.Combine(folder, "index.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(columns => new Entry(columns[0], columns[2], Path.Combine(folder, columns[0])))
            .ToList();
    }

    internal sealed record Entry(string Path, string Flavour, string FullPath)
    {
        public bool IsCamunda8 => Flavour == "zeebe";
    }
}
