namespace Kyzmat.Recruitment.Applications;

/// <summary>Filters of HR's task list; null filters are not applied.</summary>
public sealed record HrTaskFilter
{
    public Guid? VacancyId { get; init; }

    /// <summary>The form key of the step (e.g. <see cref="ApplicationLifecycle.Forms.DocumentReview"/>).</summary>
    public string? Stage { get; init; }

    public bool OverdueOnly { get; init; }

    public bool MineOnly { get; init; }

    public DateTimeOffset? DueBefore { get; init; }

    /// <summary>One task by its id (the task page), still within the reviewer's scope.</summary>
    public Guid? TaskId { get; init; }
}
