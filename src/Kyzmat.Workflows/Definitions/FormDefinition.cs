namespace Kyzmat.Workflows.Definitions;

/// <summary>
/// A user task's or none start event's zeebe:formDefinition, kept as metadata for a form renderer: a form key (an
/// embedded Camunda form or the host's own form name), a linked Camunda form (<see cref="FormId"/>, bound as
/// <see cref="BindingType"/> "latest", "deployment" or "versionTag" with <see cref="VersionTag"/>), or an external
/// reference. Exactly one of the three is set.
/// </summary>
public sealed record FormDefinition(string? FormKey, string? FormId, string? ExternalReference, string BindingType, string? VersionTag);
