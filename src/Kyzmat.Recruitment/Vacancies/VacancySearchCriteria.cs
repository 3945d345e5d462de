namespace Kyzmat.Recruitment.Vacancies;

/// <summary>What a citizen may search vacancies by («Вакансиялар»).</summary>
public sealed record VacancySearchCriteria
{
    public string? Text { get; init; }

    public IReadOnlyList<Guid>? StateBodyIds { get; init; }

    public IReadOnlyList<string>? RegionCodes { get; init; }

    public IReadOnlyList<PositionGroup>? Groups { get; init; }

    public decimal? SalaryFrom { get; init; }

    public IReadOnlyList<SalaryBand>? SalaryBands { get; init; }

    public IReadOnlyList<DeadlineWindow>? DeadlineWindows { get; init; }

    /// <summary>Only published vacancies still accepting applications (the default).</summary>
    public bool OpenOnly { get; init; } = true;

    public DateTimeOffset? DeadlineBefore { get; init; }

    /// <summary>Vacancy alerts: published after this moment (exclusive) …</summary>
    public DateTimeOffset? PublishedAfter { get; init; }

    /// <summary>… and up to this one (inclusive).</summary>
    public DateTimeOffset? PublishedUntil { get; init; }

    /// <summary>HR's own lists: exactly these statuses, drafts included (replaces <see cref="OpenOnly"/>).</summary>
    public IReadOnlyList<VacancyStatus>? Statuses { get; init; }

    /// <summary>Relevance (the default) sorts newest first when there is no text.</summary>
    public VacancySort Sort { get; init; } = VacancySort.Relevance;
}
