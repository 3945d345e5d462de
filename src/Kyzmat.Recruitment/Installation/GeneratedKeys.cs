using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Installation;

/// <summary>
/// Keys generated once per installation and kept in its database, so that every host of the installation signs,
/// encrypts and issues with the same ones (a token issued by one host is accepted by the next). Production never
/// uses them: there every key comes from configuration, because a database backup must not carry them (decision 0015).
/// Read after the database is initialised.
/// </summary>
public sealed class GeneratedKeys(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>The key of that name; the first host to ask generates it, every later one reads the same bytes.</summary>
    public byte[] GetOrCreate(string name, Func<byte[]> generate)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        if (Read(db, name) is { } existing)
        {
            return existing;
        }

        var created = new GeneratedKey { Name = name, Content = generate(), CreatedAt = clock.GetUtcNow() };
        db.GeneratedKeys.Add(created);
        try
        {
            db.SaveChanges();
            return created.Content;
        }
        catch (DbUpdateException)
        {
            // Another host inserted it between our read and our insert: its key is the installation's.
            db.ChangeTracker.Clear();
            return Read(db, name) ?? throw new InvalidOperationException($"The generated key {name} could not be stored.");
        }
    }

    private static byte[]? Read(KyzmatDbContext db, string name) =>
        db.GeneratedKeys.AsNoTracking().Where(k => k.Name == name).Select(k => k.Content).FirstOrDefault();
}
