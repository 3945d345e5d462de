using System.Text.Json;

namespace Kyzmat.Recruitment.VacancyAlerts;

/// <summary>A search a citizen saved to be alerted when a newly published vacancy matches it.</summary>
public sealed class SavedSearch
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CitizenId { get; init; }

    public required string FilterJson { get; set; }

    public AlertFrequency Frequency { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Publications up to this moment have been checked against the search.</summary>
    public DateTimeOffset CheckedUntil { get; set; }

    public SavedSearchFilter Filter => JsonSerializer.Deserialize<SavedSearchFilter>(FilterJson, JsonSerializerOptions.Web)!;
}
