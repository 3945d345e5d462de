namespace Kyzmat.Workflows.History;

/// <summary>One audit-trail entry as the engine reports it.</summary>
public sealed record HistoryEntry(long Sequence, string EventType, string? ElementId, Guid? TokenId, string? Actor, string? DataJson, DateTime OccurredAt);
