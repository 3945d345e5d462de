using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Identity.Upstream;

/// <summary>
/// The stand-in for «Түндүк»: checks the password against the sandbox registry (hashed passwords). An unknown PIN
/// costs the same hash computation as a wrong password, so that timing does not tell them apart either.
/// </summary>
internal sealed class SandboxUpstreamIdentity(KyzmatDbContext db) : IUpstreamIdentity
{
    private static readonly PasswordHasher<SandboxCitizen> Hasher = new();
    private static readonly SandboxCitizen Decoy = new() { Pin = "00000000000000", PasswordHash = "", Surname = "", Name = "" };
    private static readonly Lazy<string> DecoyHash = new(() => Hasher.HashPassword(Decoy, Guid.NewGuid().ToString()));

    public bool IsAvailable => true;

    public async Task<UpstreamPerson?> CheckPasswordAsync(string pin, string password, CancellationToken cancellationToken = default)
    {
        var person = await db.SandboxCitizens.AsNoTracking().SingleOrDefaultAsync(c => c.Pin == pin, cancellationToken);
        var result = Hasher.VerifyHashedPassword(person ?? Decoy, person?.PasswordHash ?? DecoyHash.Value, password);
        if (person is null || result == PasswordVerificationResult.Failed)
        {
            return null;
        }

        return new UpstreamPerson(person.Pin, person.Surname, person.Name, person.Patronymic, person.DateOfBirth, person.Email, person.Phone);
    }
}
