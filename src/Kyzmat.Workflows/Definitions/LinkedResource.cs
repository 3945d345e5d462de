namespace Kyzmat.Workflows.Definitions;

/// <summary>
/// One zeebe:linkedResource of a job worker's task (e.g. the RPA script of an RPA connector): metadata for its worker,
/// kept on the model.
/// </summary>
public sealed record LinkedResource(string ResourceId, string ResourceType, string? LinkName, string BindingType, string? VersionTag);
