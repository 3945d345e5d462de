namespace Kyzmat.Workflows.Definitions;

/// <summary>A sequence flow; <see cref="Condition"/> is the FEEL condition (without the leading '='), if any.</summary>
public sealed record SequenceFlow(string Id, string SourceId, string TargetId, string? Condition);
