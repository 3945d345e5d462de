namespace Kyzmat.Workflows.Runtime;

/// <summary>A deployed definition version; <see cref="Xml"/> is filled only when one definition is asked for.</summary>
public sealed record DefinitionInfo(string Id, string Key, int Version, string? Name, string? ResourceName, DateTime DeployedAt, string? Xml);
