using Kyzmat.Workflows.Definitions;

namespace Kyzmat.Workflows.Parsing;

/// <summary>The outcome of parsing: a model when the diagram is executable, and the findings that refuse it otherwise.</summary>
public sealed record ParseResult(ProcessModel? Model, IReadOnlyList<Finding> Findings)
{
    public bool IsValid => Model is not null && Findings.Count == 0;
}
