namespace Kyzmat.Recruitment.Applications;

/// <summary>Filters of the task list; null filters are not applied.</summary>
public sealed record HrTaskFilter
{
    public Guid? VacancyId { get; init; }

    /// <summary>The form key of the step (e.g. <see cref="ApplicationLifecycle.Forms.DocumentReview"/>).</summary>
    public string? Stage { get; init; }

    /// <summary>The BPMN process id of the task's process (e.g. <see cref="ApplicationLifecycle.ProcessKey"/>).</summary>
    public string? ProcessKey { get; init; }

    /// <summary>The tasks offered to this state body's reviewers (candidate group <c>hr:&lt;code&gt;</c>).</summary>
    public Guid? StateBodyId { get; init; }

    public bool OverdueOnly { get; init; }

    /// <summary>Only the tasks assigned to the caller.</summary>
    public bool MineOnly { get; init; }

    /// <summary>Only the tasks nobody has claimed yet.</summary>
    public bool UnassignedOnly { get; init; }

    public DateTimeOffset? DueBefore { get; init; }

    /// <summary>One task by its id (the task page), still within the reviewer's scope.</summary>
    public Guid? TaskId { get; init; }
}
