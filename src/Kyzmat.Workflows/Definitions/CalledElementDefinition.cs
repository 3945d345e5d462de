namespace Kyzmat.Workflows.Definitions;

/// <summary>
/// A call activity's zeebe:calledElement: the process it starts (a key, static or '=FEEL'), which version
/// (<see cref="BindingType"/> "latest", "deployment" — the one deployed in the same file as the caller — or "versionTag"
/// with <see cref="VersionTag"/>), and which variables cross.
/// </summary>
public sealed record CalledElementDefinition(
    string ProcessId,
    string BindingType,
    string? VersionTag,
    bool PropagateAllParentVariables,
    bool PropagateAllChildVariables);
