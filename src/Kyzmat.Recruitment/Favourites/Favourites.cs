using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Favourites;

/// <summary>A citizen's saved vacancies: adding twice is harmless, removing what is not there too.</summary>
public sealed class Favourites(KyzmatDbContext db, TimeProvider clock)
{
    public const int MaxPerCitizen = 200;

    public async Task AddAsync(Guid citizenId, Guid vacancyId, CancellationToken cancellationToken)
    {
        if (!await db.Vacancies.AnyAsync(v => v.Id == vacancyId && v.Status != VacancyStatus.Draft, cancellationToken))
        {
            throw new UserInputException(UserErrorCodes.NotFound);
        }

        if (await db.Favourites.AnyAsync(f => f.CitizenId == citizenId && f.VacancyId == vacancyId, cancellationToken))
        {
            return;
        }

        if (await db.Favourites.CountAsync(f => f.CitizenId == citizenId, cancellationToken) >= MaxPerCitizen)
        {
            throw new UserInputException(UserErrorCodes.TooManyFavourites, MaxPerCitizen);
        }

        db.Favourites.Add(new FavouriteVacancy { CitizenId = citizenId, VacancyId = vacancyId, AddedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A second click at the same moment may have added it first: then the outcome is the one asked for.
            db.ChangeTracker.Clear();
            if (!await db.Favourites.AnyAsync(f => f.CitizenId == citizenId && f.VacancyId == vacancyId, cancellationToken))
            {
                throw;
            }
        }
    }

    public async Task RemoveAsync(Guid citizenId, Guid vacancyId, CancellationToken cancellationToken) =>
        await db.Favourites.Where(f => f.CitizenId == citizenId && f.VacancyId == vacancyId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>The saved vacancies, most recently saved first.</summary>
    public async Task<IReadOnlyList<Vacancy>> ListAsync(Guid citizenId, CancellationToken cancellationToken) =>
        await db.Favourites.Where(f => f.CitizenId == citizenId)
            .OrderByDescending(f => f.AddedAt)
            .Join(db.Vacancies, f => f.VacancyId, v => v.Id, (f, v) => v)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
}
