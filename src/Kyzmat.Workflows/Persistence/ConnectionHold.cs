using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Persistence;

/// <summary>
/// Keeps a context's connection open for the length of one engine command. Left to itself EF opens and closes it around
/// every query, and each return to the pool makes the next open reset the session on the server (Npgsql prepends
/// DISCARD ALL): three resets for a task completion that reads the task, reads the instance and saves. EF counts opens,
/// so a command inside another (or a caller's open connection or transaction) nests safely.
/// </summary>
internal readonly struct ConnectionHold : IAsyncDisposable
{
    private readonly DbContext _db;

    private ConnectionHold(DbContext db) => _db = db;

    public static async Task<ConnectionHold> OpenAsync(DbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        return new ConnectionHold(db);
    }

    public ValueTask DisposeAsync() => new(_db.Database.CloseConnectionAsync());
}
