using GraphQL.DataLoader;

namespace Kyzmat.GraphQL.Loading;

/// <summary>
/// Collects the keys that the fields of one execution level ask for and loads them with one query
/// when the first result is awaited — so a list of 50 items costs one query per nested field, not 50.
/// Lives for one request (scoped).
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly object _gate = new();
    private HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private Task? _inFlight;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_loaded.ContainsKey(key))
            {
                _pending.Add(key);
            }
        }

        return new Result(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        await DispatchAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            return _loaded.TryGetValue(key, out var value) ? value : default;
        }
    }

    private Task DispatchAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return _inFlight ?? Task.CompletedTask;
            }

            var keys = _pending;
            _pending = [];
            var previous = _inFlight ?? Task.CompletedTask;
            _inFlight = FetchAsync(previous, keys, cancellationToken);
            return _inFlight;
        }
    }

    private async Task FetchAsync(Task previous, HashSet<TKey> keys, CancellationToken cancellationToken)
    {
        // One DbContext serves the request: fetches run one after another, never at once.
        await previous.ConfigureAwait(false);
        var values = await fetch(keys, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _loaded[key] = values.TryGetValue(key, out var value) ? value : default!;
            }

            // A fetch may return more than it was asked for (e.g. all of a small table): keep it all.
            foreach (var (key, value) in values)
            {
                _loaded.TryAdd(key, value);
            }
        }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
