using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;

namespace Kyzmat.GraphQL.Http;

/// <summary>
/// Keeps the documents that passed validation, by their text, so a front end sending the same operations again and
/// again (every front end does) skips parsing them and the specification's validation rules — about a tenth of the
/// cheapest API call (decision 0011). The core rules depend on the document and the schema only. Our own rules run on
/// every request: authorization depends on who asks, and complexity on the variables' values; so does the core rule
/// that runs the schema's argument validators, which see the variables' values too.
/// </summary>
public sealed class ValidatedDocumentCache : IConfigureExecution
{
    /// <summary>How many documents are kept; past it the cache starts again empty, so a flood of distinct documents costs memory once, not without end.</summary>
    public const int MaxDocuments = 1000;

    /// <summary>
    /// The kept documents' text in all, in characters (a parsed document holds some twenty times its text): past it the
    /// cache starts again empty. Our front ends send a few dozen documents of a few hundred characters.
    /// </summary>
    public const int MaxCharacters = 1_000_000;

    /// <summary>Longer documents are not kept (no front end of ours sends one; a hostile one would be held in memory).</summary>
    public const int MaxDocumentLength = 16 * 1024;

    private static readonly HashSet<Type> SkippedRuleTypes =
        [.. DocumentValidator.CoreRules.Select(r => r.GetType()).Where(t => t != typeof(FieldArgumentsAreValidRule))];

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);
    private int _characters;
    private long _hits;

    public float SortOrder => 200;

    /// <summary>How many requests used a kept document (for tests and diagnostics).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var query = options.Query;
        if (options.Document is not null || query is null || query.Length > MaxDocumentLength)
        {
            return await next(options).ConfigureAwait(false);
        }

        if (_documents.TryGetValue(query, out var cached))
        {
            Interlocked.Increment(ref _hits);
            options.Document = cached;
            options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Where(r => !SkippedRuleTypes.Contains(r.GetType())).ToList();
            return await next(options).ConfigureAwait(false);
        }

        var result = await next(options).ConfigureAwait(false);
        if (result.Executed && result.Document is { } validated)
        {
            if (_documents.Count >= MaxDocuments || Volatile.Read(ref _characters) + query.Length > MaxCharacters)
            {
                // Racing requests may each clear it; the count of characters only has to stay roughly right.
                _documents.Clear();
                Volatile.Write(ref _characters, 0);
            }

            if (_documents.TryAdd(query, validated))
            {
                Interlocked.Add(ref _characters, query.Length);
            }
        }

        return result;
    }
}
