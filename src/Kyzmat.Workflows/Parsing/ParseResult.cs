using Kyzmat.Workflows.Definitions;

namespace Kyzmat.Workflows.Parsing;

/// <summary>
/// The outcome of parsing: the executable processes of the file when it can run (<see cref="Model"/> is the first,
/// <see cref="Models"/> all of them: a collaboration holds one per pool), and the findings that refuse it otherwise.
/// </summary>
public sealed record ParseResult(ProcessModel? Model, IReadOnlyList<Finding> Findings)
{
    public IReadOnlyList<ProcessModel> Models { get; private init; } = Model is null ? [] : [Model];

    public static ParseResult Executable(IReadOnlyList<ProcessModel> models) => new(models[0], []) { Models = models };

    public bool IsValid => Model is not null && Findings.Count == 0;
}
