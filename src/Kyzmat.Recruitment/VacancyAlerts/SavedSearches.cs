using System.Text.Json;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.VacancyAlerts;

/// <summary>A citizen's saved searches for vacancy alerts: at most <see cref="MaxPerCitizen"/>.</summary>
public sealed class SavedSearches(KyzmatDbContext db, TimeProvider clock)
{
    public const int MaxPerCitizen = 10;
    private const int MaxTextLength = 200;

    /// <summary>At most this many bodies or regions in one search: 30 × (36-character id + quotes) stays well inside the 4000-character column.</summary>
    private const int MaxListed = 30;
    private static readonly LocalizedText TextLabel = new("Издөө сөзү", "Текст поиска", "Search text");

    public async Task<IReadOnlyList<SavedSearch>> ListAsync(Guid citizenId, CancellationToken cancellationToken) =>
        await db.SavedSearches.AsNoTracking().Where(s => s.CitizenId == citizenId).OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>Alerts start with vacancies published from now on.</summary>
    public async Task<SavedSearch> SaveAsync(Guid citizenId, SavedSearchFilter filter, AlertFrequency frequency, CancellationToken cancellationToken)
    {
        filter = filter with
        {
            Text = InputRules.Optional(filter.Text, TextLabel, MaxTextLength),
            StateBodyIds = filter.StateBodyIds?.Distinct().ToList(),
            RegionCodes = filter.RegionCodes?.Select(c => c.Trim()).Distinct().ToList(),
            Groups = filter.Groups?.Distinct().ToList(),
        };
        if (filter.StateBodyIds?.Count > MaxListed || filter.RegionCodes?.Count > MaxListed || filter.RegionCodes?.Any(c => c.Length is 0 or > 40) == true)
        {
            throw new UserInputException(UserErrorCodes.InvalidInput);
        }

        if (await db.SavedSearches.CountAsync(s => s.CitizenId == citizenId, cancellationToken) >= MaxPerCitizen)
        {
            throw new UserInputException(UserErrorCodes.TooManySavedSearches, MaxPerCitizen);
        }

        var now = clock.GetUtcNow();
        var search = new SavedSearch
        {
            CitizenId = citizenId,
            FilterJson = JsonSerializer.Serialize(filter, JsonSerializerOptions.Web),
            Frequency = frequency,
            CreatedAt = now,
            CheckedUntil = now,
        };
        db.SavedSearches.Add(search);
        await db.SaveChangesAsync(cancellationToken);
        return search;
    }

    /// <summary>Another citizen's search does not exist for this one.</summary>
    public async Task DeleteAsync(Guid citizenId, Guid searchId, CancellationToken cancellationToken)
    {
        if (await db.SavedSearches.Where(s => s.Id == searchId && s.CitizenId == citizenId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw new UserInputException(UserErrorCodes.NotFound);
        }
    }
}
