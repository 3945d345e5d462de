using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Profiles;

/// <summary>Reads a citizen's whole profile once per request (scoped), for the cabinet's several fields.</summary>
public sealed class ProfileReader(KyzmatDbContext db, TimeProvider clock)
{
    // Compiled once per model: applying and making the document both read the whole profile (decision 0011).
    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid, CancellationToken, Task<CitizenProfile?>>> ProfileOf = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, Guid citizenId, CancellationToken _) => db.Profiles.AsNoTracking().SingleOrDefault(p => p.CitizenId == citizenId)));

    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid, IAsyncEnumerable<Education>>> EducationsOf = new(() =>
        EF.CompileAsyncQuery<KyzmatDbContext, Guid, Education>((KyzmatDbContext db, Guid citizenId) =>
            db.Educations.AsNoTracking().Where(e => e.CitizenId == citizenId).OrderByDescending(e => e.StartDate)));

    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid, IAsyncEnumerable<WorkExperience>>> ExperiencesOf = new(() =>
        EF.CompileAsyncQuery<KyzmatDbContext, Guid, WorkExperience>((KyzmatDbContext db, Guid citizenId) =>
            db.WorkExperiences.AsNoTracking().Where(w => w.CitizenId == citizenId).OrderByDescending(w => w.StartDate)));

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
        var profile = await ProfileOf.For(db)(db, citizenId, cancellationToken);
        var educations = await EducationsOf.For(db)(db, citizenId).ToListAsync(cancellationToken);
        var experiences = await ExperiencesOf.For(db)(db, citizenId).ToListAsync(cancellationToken);
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
