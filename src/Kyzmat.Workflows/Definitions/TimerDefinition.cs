namespace Kyzmat.Workflows.Definitions;

/// <summary>A timer: its kind and its expression (a literal, or a FEEL expression starting with '=').</summary>
public sealed record TimerDefinition(TimerKind Kind, string Expression);
