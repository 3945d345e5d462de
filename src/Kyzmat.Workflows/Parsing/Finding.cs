namespace Kyzmat.Workflows.Parsing;

/// <summary>Why a diagram (or one element of it) cannot be deployed.</summary>
public sealed record Finding(string? ElementId, string Code, string Message);
