namespace Kyzmat.Recruitment.Applications;

/// <summary>An open user task someone may act on, with its application (its business key).</summary>
public sealed record HrTask(
    Guid Id,
    string Name,
    string? Stage,
    string? ClaimedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    bool IsOverdue,
    Application Application)
{
    /// <summary>The task's process instance and BPMN element, where its names in other languages are (decision 0107).</summary>
    public Guid InstanceId { get; init; }

    public string ElementId { get; init; } = "";

    /// <summary>The BPMN process id of the task's process.</summary>
    public string ProcessKey { get; init; } = "";

    /// <summary>zeebe:priorityDefinition, 0 to 100.</summary>
    public int Priority { get; init; } = 50;

    public DateTimeOffset? FollowUpAt { get; init; }

    /// <summary>Whether the caller may assign it to a colleague or take it back (a lead reviewer of its body, an administrator).</summary>
    public bool CanAssign { get; init; }

    /// <summary>The order's key of the task, for the page's cursor.</summary>
    internal string Cursor { get; init; } = "";
}
