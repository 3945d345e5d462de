namespace Kyzmat.Workflows.Definitions;

/// <summary>A zeebe:input or zeebe:output: the FEEL source expression and the target variable name.</summary>
public sealed record IoMapping(string Source, string Target);
