namespace Kyzmat.Workflows.Runtime;

/// <summary>An incident as the host sees it.</summary>
public sealed record IncidentInfo(Guid Id, Guid InstanceId, string ElementId, string Code, string Message, string State, Guid? JobId, DateTime CreatedAt, DateTime? ResolvedAt);
