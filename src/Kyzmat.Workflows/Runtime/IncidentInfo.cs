namespace Kyzmat.Workflows.Runtime;

/// <summary>An incident as the host sees it.</summary>
public sealed record IncidentInfo(Guid Id, Guid InstanceId, string ElementId, string Code, string Message, string State, Guid? JobId, DateTime CreatedAt, DateTime? ResolvedAt)
{
    /// <summary>
    /// Set when the incident belongs to an instance called from the one asked about (directly or further down): the call
    /// activity, in the asked instance's diagram, under which it happened — where Camunda's Operate marks it too.
    /// </summary>
    public string? CalledFrom { get; init; }
}
