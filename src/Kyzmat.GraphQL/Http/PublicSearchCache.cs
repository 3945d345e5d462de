using System.Collections.Concurrent;
using System.Text.Json;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Kyzmat.Recruitment.Vacancies.Search;
using Microsoft.Extensions.Options;

namespace Kyzmat.GraphQL.Http;

/// <summary>Configuration section <c>Kyzmat:Search</c>.</summary>
public sealed class PublicSearchCacheOptions
{
    public const string Section = "Kyzmat:Search";

    /// <summary>How long an anonymous search's response is served again to the same request; 0 turns the cache off.</summary>
    public double CacheSeconds { get; set; } = 5;
}

/// <summary>
/// A short-lived cache of whole responses to the anonymous public search — the page everyone opens at once on launch
/// day (decision 0016). Only a query whose every root field is one whose result does not depend on the caller
/// (<see cref="PublicFields"/>), sent by someone not signed in, is kept: the key is the document's text, the operation
/// name, the variables (compacted JSON), the language and the media type. An entry lives <see cref="PublicSearchCacheOptions.CacheSeconds"/>
/// and is dropped as soon as this process saves a change to vacancies, state bodies, offices or regions
/// (<see cref="SearchDataChanges"/>); with several hosts, a change made on another is seen here within that time.
/// </summary>
public sealed class PublicSearchCache(SearchDataChanges changes, TimeProvider clock, IOptions<PublicSearchCacheOptions> options)
{
    /// <summary>
    /// Root fields whose whole result is the same for every caller: the vacancy connection (nothing under it is per
    /// user — a field that is, such as "already applied", must not be added to it, or this list must lose the field)
    /// and the suggestions.
    /// </summary>
    public static readonly IReadOnlySet<string> PublicFields = new HashSet<string>(StringComparer.Ordinal) { "vacancies", "vacancySuggestions", "__typename" };

    /// <summary>Past this many responses, or <see cref="MaxBytes"/> of them, the cache starts again empty.</summary>
    public const int MaxEntries = 10_000;

    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>A response larger than this is not kept.</summary>
    public const int MaxResponseBytes = 1024 * 1024;

    private readonly ConcurrentDictionary<string, bool> _cacheableDocuments = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _bytes;
    private long _hits;

    public bool Enabled => options.Value.CacheSeconds > 0;

    /// <summary>How many responses were served from the cache (tests, diagnostics).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>The request's key when its response may be kept and served to anyone; null otherwise.</summary>
    public string? KeyOf(string query, string? operationName, JsonElement? variables, bool hasExtensions, bool signedIn, string language, string mediaType)
    {
        if (!Enabled || signedIn || hasExtensions || query.Length > ValidatedDocumentCache.MaxDocumentLength || !IsPublic(query, operationName))
        {
            return null;
        }

        return string.Join('\n', mediaType, language, operationName ?? "", variables is { } v ? JsonSerializer.Serialize(v) : "", query);
    }

    internal byte[]? Get(string key)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Version == changes.Version && clock.GetUtcNow() < entry.Expires)
        {
            Interlocked.Increment(ref _hits);
            return entry.Body;
        }

        return null;
    }

    /// <summary>Keeps a response made from data read at <paramref name="version"/> (read before the request ran).</summary>
    internal void Put(string key, byte[] body, long version)
    {
        if (body.Length > MaxResponseBytes || version != changes.Version)
        {
            return;
        }

        if (_entries.Count >= MaxEntries || Interlocked.Read(ref _bytes) + body.Length > MaxBytes)
        {
            // Racing requests may each clear it; the count of bytes only has to stay roughly right.
            _entries.Clear();
            Interlocked.Exchange(ref _bytes, 0);
        }

        var entry = new Entry(body, version, clock.GetUtcNow().AddSeconds(options.Value.CacheSeconds));
        _entries.AddOrUpdate(key, entry, (_, _) => entry);
        Interlocked.Add(ref _bytes, body.Length);
    }

    internal long Version => changes.Version;

    private bool IsPublic(string query, string? operationName)
    {
        var cacheKey = operationName is null ? query : operationName + "\n" + query;
        if (_cacheableDocuments.TryGetValue(cacheKey, out var known))
        {
            return known;
        }

        bool cacheable;
        try
        {
            cacheable = OnlyPublicFields(Parser.Parse(query), operationName);
        }
        catch (GraphQLSyntaxErrorException)
        {
            cacheable = false;
        }

        if (_cacheableDocuments.Count >= ValidatedDocumentCache.MaxDocuments)
        {
            _cacheableDocuments.Clear();
        }

        _cacheableDocuments[cacheKey] = cacheable;
        return cacheable;
    }

    private static bool OnlyPublicFields(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return operation is { Operation: OperationType.Query }
            && operation.SelectionSet.Selections.All(s => s is GraphQLField field && PublicFields.Contains(field.Name.StringValue));
    }

    private sealed record Entry(byte[] Body, long Version, DateTimeOffset Expires);
}
