using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Verification;

/// <summary>
/// Serialises the issuing of codes for one subject and purpose across requests and hosts, for the current transaction:
/// PostgreSQL takes a transaction-scoped advisory lock on the key, SQL Server an application lock; SQLite has one writer
/// at a time, and a write at the start of the transaction takes it.
/// </summary>
internal static class VerificationCodeLock
{
    public static async Task TakeAsync(DbContext db, string subject, VerificationPurpose purpose, CancellationToken cancellationToken)
    {
        var key = "kyzmat:verification:" + purpose + ":" + subject;
        switch (db.Database.ProviderName)
        {
            case "Npgsql.EntityFrameworkCore.PostgreSQL":
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
                break;
            case "Microsoft.EntityFrameworkCore.SqlServer":
                await db.Database.ExecuteSqlAsync(
                    $"EXEC sp_getapplock @Resource = {key}, @LockMode = 'Exclusive', @LockOwner = 'Transaction'", cancellationToken);
                break;
            default:
                // SQLite: a write (that changes nothing) takes the database's write lock until the transaction ends.
                await db.Database.ExecuteSqlAsync($"UPDATE verification_codes SET subject = subject WHERE 0", cancellationToken);
                break;
        }
    }
}
