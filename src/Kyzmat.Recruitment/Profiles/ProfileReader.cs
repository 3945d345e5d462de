using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Profiles;

/// <summary>Reads a citizen's whole profile once per request (scoped), for the cabinet's several fields.</summary>
public sealed class ProfileReader(KyzmatDbContext db, TimeProvider clock)
{
    private readonly Dictionary<Guid, Task<ProfileSnapshot>> _read = [];

    public Task<ProfileSnapshot> ReadAsync(Guid citizenId, CancellationToken cancellationToken)
    {
        if (!_read.TryGetValue(citizenId, out var snapshot))
        {
            _read[citizenId] = snapshot = LoadAsync(citizenId, cancellationToken);
        }

        return snapshot;
    }

    private async Task<ProfileSnapshot> LoadAsync(Guid citizenId, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.CitizenId == citizenId, cancellationToken);
        var educations = await db.Educations.AsNoTracking().Where(e => e.CitizenId == citizenId)
            .OrderByDescending(e => e.StartDate).ToListAsync(cancellationToken);
        var experiences = await db.WorkExperiences.AsNoTracking().Where(w => w.CitizenId == citizenId)
            .OrderByDescending(w => w.StartDate).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new ProfileSnapshot(profile, educations, experiences, ExperienceSummary.Of(experiences, today));
    }
}

/// <summary>A citizen's profile as read at one moment.</summary>
public sealed record ProfileSnapshot(
    CitizenProfile? Profile, IReadOnlyList<Education> Educations, IReadOnlyList<WorkExperience> WorkExperiences, ExperienceSummary Experience)
{
    public ProfileCompletion Completion(bool hasBasicInformation) =>
        ProfileCompletion.Of(hasBasicInformation, Profile, Educations, WorkExperiences);
}
