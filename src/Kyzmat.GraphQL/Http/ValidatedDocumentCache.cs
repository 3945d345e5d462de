using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Kyzmat.GraphQL.Http;

/// <summary>
/// Keeps the documents that passed validation, by their text, so a front end sending the same operations again and
/// again (every front end does) skips parsing them and the specification's validation rules — about a tenth of the
/// cheapest API call (decision 0011). The core rules depend on the document and the schema only. Our own rules run on
/// every request: authorization depends on who asks, and complexity on the variables' values.
/// </summary>
internal sealed class ValidatedDocumentCache : IConfigureExecution
{
    /// <summary>How many documents are kept; past it the cache starts again empty, so a flood of distinct documents costs memory once, not without end.</summary>
    public const int MaxDocuments = 1000;

    /// <summary>Longer documents are not kept (no front end of ours sends one; a hostile one would be held in memory).</summary>
    public const int MaxDocumentLength = 16 * 1024;

    private static readonly HashSet<Type> CoreRuleTypes = [.. DocumentValidator.CoreRules.Select(r => r.GetType())];
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public float SortOrder => 200;

    internal int Count => _documents.Count;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var query = options.Query;
        if (options.Document is not null || query is null || query.Length > MaxDocumentLength)
        {
            return await next(options).ConfigureAwait(false);
        }

        if (_documents.TryGetValue(query, out var cached))
        {
            options.Document = cached;
            options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Where(r => !CoreRuleTypes.Contains(r.GetType())).ToList();
            return await next(options).ConfigureAwait(false);
        }

        var result = await next(options).ConfigureAwait(false);
        if (result.Executed && result.Document is { } validated)
        {
            if (_documents.Count >= MaxDocuments)
            {
                _documents.Clear();
            }

            _documents.TryAdd(query, validated);
        }

        return result;
    }
}
