using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.SignInHistory;

/// <summary>
/// «Кирүү тарыхы»: the citizen's recent sign-in steps, newest first — including failed passwords typed on their PIN,
/// which is what a citizen looks here for.
/// </summary>
public sealed class SignInHistoryReader(KyzmatDbContext db)
{
    public const int MaxCount = 100;

    public async Task<IReadOnlyList<SignInAttempt>> RecentAsync(Guid citizenId, int count, CancellationToken cancellationToken)
    {
        count = Math.Clamp(count, 1, MaxCount);
        var pin = await db.Citizens.AsNoTracking().Where(c => c.Id == citizenId).Select(c => c.Pin).SingleOrDefaultAsync(cancellationToken);
        var byCitizen = db.SignInAttempts.AsNoTracking().Where(a => a.CitizenId == citizenId);
        var attempts = pin is null ? byCitizen : byCitizen.Union(db.SignInAttempts.AsNoTracking().Where(a => a.Pin == pin));
        return await attempts.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(count).ToListAsync(cancellationToken);
    }
}
