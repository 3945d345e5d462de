using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kyzmat.Workflows.Bench;

/// <summary>Counts the engine's saves that lost to another command on the same instance (each one the engine retries).</summary>
public sealed class ConflictCounter : SaveChangesInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}
