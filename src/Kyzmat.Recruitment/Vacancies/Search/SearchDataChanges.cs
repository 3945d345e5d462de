using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>
/// A version of what the public search shows — vacancies, their offices, state bodies, offices, regions — that goes up
/// whenever this process saves a change to one of them (and again when the transaction around the save commits).
/// Caches of the search (reference data, prepared text queries, responses) keep the version they were filled at and
/// are dropped when it moves. Committed changes are told to the other hosts, and theirs seen here, through
/// <see cref="SharedSearchVersion"/>.
/// </summary>
public sealed class SearchDataChanges
{
    private readonly SemaphoreSlim _committed = new(0, 1);
    private long _version;
    private int _committedUntold;

    public long Version => Interlocked.Read(ref _version);

    /// <summary>Says that search data changed (or is about to be committed changed).</summary>
    public void Changed() => Interlocked.Increment(ref _version);

    /// <summary>Says that a change of search data was committed: <see cref="Changed"/>, and the other hosts are to be told.</summary>
    public void Committed()
    {
        Changed();
        Interlocked.Increment(ref _committedUntold);
        try
        {
            _committed.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the watcher takes every untold change at once.
        }
    }

    /// <summary>Waits until a change is committed or the timeout passes.</summary>
    internal Task WaitForCommitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _committed.WaitAsync(timeout, cancellationToken);

    /// <summary>How many committed changes the other hosts have not been told of, counted as told from now on.</summary>
    internal int TakeUntold() => Interlocked.Exchange(ref _committedUntold, 0);

    /// <summary>Gives back changes taken by <see cref="TakeUntold"/> that could not be told after all.</summary>
    internal void Untold(int count) => Interlocked.Add(ref _committedUntold, count);
}

/// <summary>
/// Moves <see cref="SearchDataChanges"/> when a context saves an added, changed or deleted row of the search's tables:
/// after the save, and after the commit when the save ran in a transaction (a request that refilled a cache between the
/// two read the old rows). Only the tracked entries of those tables are looked at, each checked for changes alone:
/// saving an application, which reads vacancies without tracking, costs nothing here.
/// </summary>
internal sealed class SearchDataChangeInterceptor(SearchDataChanges changes) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly HashSet<string> Tables = new(StringComparer.Ordinal) { "vacancies", "vacancy_offices", "state_bodies", "offices", "regions" };

    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Saved(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null || !Changes(context))
        {
            return;
        }

        _pending.AddOrUpdate(context, this);
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out _))
        {
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            changes.Committed();
            _pending.Remove(context);
        }
        else
        {
            changes.Changed();
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out _))
        {
            changes.Committed();
            _pending.Remove(context);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    private static bool Changes(DbContext context)
    {
        var detecting = context.ChangeTracker.AutoDetectChangesEnabled;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in context.ChangeTracker.Entries())
            {
                if (entry.Metadata.GetTableName() is not { } table || !Tables.Contains(table))
                {
                    continue;
                }

                if (entry.State == EntityState.Unchanged && detecting)
                {
                    entry.DetectChanges();
                }

                if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            context.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
