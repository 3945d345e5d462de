namespace Kyzmat.Workflows.Forms;

/// <summary>The outcome of deploying a form: the version that is now the latest, and whether it was new.</summary>
public sealed record FormDeploymentResult(string Id, string FormId, int Version, bool Created);
