namespace Kyzmat.Workflows.Definitions;

/// <summary>
/// A business rule task's zeebe:calledDecision: the decision the engine evaluates (its id, static or '=FEEL'), which
/// version (<see cref="BindingType"/> "latest" or "versionTag" with <see cref="VersionTag"/>), and the variable its
/// result goes to.
/// </summary>
public sealed record CalledDecisionDefinition(string DecisionId, string ResultVariable, string BindingType, string? VersionTag);
