namespace Kyzmat.Workflows.Forms;

/// <summary>A deployed form version with its JSON.</summary>
public sealed record FormInfo(string Id, string FormId, int Version, string? VersionTag, string? ResourceName, DateTime DeployedAt, string Json);
