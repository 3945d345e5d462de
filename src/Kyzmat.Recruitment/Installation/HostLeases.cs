using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Installation;

/// <summary>Takes, renews and gives back <see cref="HostLease"/>s with conditional updates, so two hosts never both hold one.</summary>
public sealed class HostLeases(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>This host, as a lease holder: the machine, the process and a random part (a restarted host is a new holder).</summary>
    public string ThisHost { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Renews the lease when <paramref name="holder"/> holds it, takes it when nobody does or its holder let it expire.</summary>
    /// <returns>Whether <paramref name="holder"/> holds it now, for <paramref name="duration"/>.</returns>
    public async Task<bool> TryHoldAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        var now = clock.GetUtcNow();
        var until = now + duration;
        var taken = await db.HostLeases
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.HostLeases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }

        db.HostLeases.Add(new HostLease { Name = name, Holder = holder, ExpiresAt = until });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another host created it first
        }
    }

    /// <summary>Lets the lease go at once (a host shutting down), so that another host need not wait for it to expire.</summary>
    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        var past = DateTimeOffset.UnixEpoch;
        await db.HostLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, past), cancellationToken);
    }

    public async Task<long> CheckpointAsync(string name, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        return await db.HostLeases.Where(l => l.Name == name).Select(l => l.Checkpoint).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Records progress; false when <paramref name="holder"/> no longer holds the lease (then it must stop).</summary>
    public async Task<bool> SaveCheckpointAsync(string name, string holder, long checkpoint, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        var now = clock.GetUtcNow();
        return await db.HostLeases.Where(l => l.Name == name && l.Holder == holder && l.ExpiresAt >= now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Checkpoint, checkpoint), cancellationToken) == 1;
    }
}
