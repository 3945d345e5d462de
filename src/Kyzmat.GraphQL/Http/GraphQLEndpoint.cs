using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.GraphQL.Errors;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Kyzmat.GraphQL.Http;

/// <summary>
/// <c>/graphql</c> as the GraphQL-over-HTTP specification has it: POST with application/json, GET for
/// queries only, responses in application/graphql-response+json (status codes carry the outcome) or
/// application/json (always 200 once the request is understood).
/// </summary>
internal sealed class GraphQLEndpoint(
    IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, IOptions<GraphQLLimits> limits, PublicSearchCache cache)
{
    public async Task HandleAsync(HttpContext http)
    {
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request);
        if (mediaType is null)
        {
            await WriteProblemAsync(http, StatusCodes.Status406NotAcceptable, GraphQLMediaTypes.Json,
                $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.", "NOT_ACCEPTABLE");
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteProblemAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType, "Use GET or POST.", "METHOD_NOT_ALLOWED");
            return;
        }

        var (request, problem, status) = isGet ? ReadGet(http.Request) : await ReadPostAsync(http.Request);
        if (request is null)
        {
            // A request that is not a GraphQL request at all is a 4xx whatever the media type.
            await WriteProblemAsync(http, status, mediaType, problem!, "BAD_REQUEST");
            return;
        }

        if (isGet && OperationKind.IsNotQuery(request.Query, request.OperationName))
        {
            http.Response.Headers.Allow = "POST";
            await WriteProblemAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType,
                "Only queries may be sent with GET; send mutations with POST.", "MUTATION_OVER_GET");
            return;
        }

        var language = RequestLanguage.Of(http.Request);
        var cacheKey = cache.KeyOf(
            request.Query, request.OperationName, request.Variables, request.Extensions is not null, http.User.Identity?.IsAuthenticated == true, language, mediaType);
        if (cacheKey is not null && cache.Get(cacheKey) is { } cached)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = mediaType + "; charset=utf-8";
            http.Response.ContentLength = cached.Length;
            await http.Response.Body.WriteAsync(cached, http.RequestAborted);
            return;
        }

        // Read before the request runs: a change saved while it runs leaves its response unkept.
        var version = cache.Version;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(limits.Value.Timeout);
        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = request.Query;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) : null;
            options.Extensions = request.Extensions is { } extensions ? serializer.ReadNode<Inputs>(extensions) : null;
            options.RequestServices = http.RequestServices;
            options.User = http.User;
            options.UserContext = new KyzmatUserContext(http.User, language);
            options.CancellationToken = timeout.Token;
        });

        http.Response.StatusCode = StatusOf(result, mediaType);
        if (http.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        http.Response.ContentType = mediaType + "; charset=utf-8";
        if (cacheKey is not null && result.Executed && result.Errors is not { Count: > 0 })
        {
            using var buffer = new MemoryStream();
            await serializer.WriteAsync(buffer, result, http.RequestAborted);
            var body = buffer.ToArray();
            cache.Put(cacheKey, body, version);
            http.Response.ContentLength = body.Length;
            await http.Response.Body.WriteAsync(body, http.RequestAborted);
            return;
        }

        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>
    /// 401/403 when the operation was refused for who is asking (either media type); otherwise a document that
    /// could not run is a 400 with the newer media type and a 200 with application/json.
    /// </summary>
    private static int StatusOf(ExecutionResult result, string mediaType)
    {
        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        var codes = result.Errors?.Select(e => e.Code).Distinct().ToList() ?? [];
        return codes switch
        {
            [UserErrorCodes.NotAuthenticated] => StatusCodes.Status401Unauthorized,
            [UserErrorCodes.Forbidden] => StatusCodes.Status403Forbidden,
            _ => mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
        };
    }

    private static (GraphQLHttpRequest? Request, string? Problem, int Status) ReadGet(HttpRequest request)
    {
        var query = request.Query["query"].ToString();
        if (string.IsNullOrEmpty(query))
        {
            return (null, "The request must have a 'query' parameter.", 400);
        }

        var json = new Dictionary<string, object?>(StringComparer.Ordinal) { ["query"] = query };
        if (request.Query.TryGetValue("operationName", out var operation) && operation.Count > 0)
        {
            json["operationName"] = operation.ToString();
        }

        foreach (var name in new[] { "variables", "extensions" })
        {
            if (request.Query.TryGetValue(name, out var raw) && !string.IsNullOrEmpty(raw))
            {
                try
                {
                    json[name] = JsonDocument.Parse(raw.ToString()).RootElement.Clone();
                }
                catch (JsonException)
                {
                    return (null, $"The '{name}' parameter must be URL-encoded JSON.", 400);
                }
            }
        }

        var parsed = GraphQLHttpRequest.FromJson(JsonSerializer.SerializeToElement(json), out var problem);
        return (parsed, problem, 400);
    }

    private async Task<(GraphQLHttpRequest? Request, string? Problem, int Status)> ReadPostAsync(HttpRequest request)
    {
        if (!GraphQLMediaTypes.IsJson(request))
        {
            return (null, $"Send the request as {GraphQLMediaTypes.Json} (UTF-8).", StatusCodes.Status415UnsupportedMediaType);
        }

        // The caller is known by now (authentication ran before the endpoint): only administrators send diagrams.
        var limit = request.HttpContext.User.IsInRole(KyzmatRoles.Admin)
            ? Math.Max(limits.Value.MaxAdministratorRequestBytes, limits.Value.MaxRequestBytes)
            : limits.Value.MaxRequestBytes;
        if (request.ContentLength > limit)
        {
            return (null, $"The request is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        try
        {
            using var buffer = new MemoryStream();
            await CopyLimitedAsync(request.Body, buffer, limit, request.HttpContext.RequestAborted);
            if (buffer.Length == 0)
            {
                return (null, "The request body is empty.", 400);
            }

            buffer.Position = 0;
            using var document = await JsonDocument.ParseAsync(buffer, cancellationToken: request.HttpContext.RequestAborted);
            var parsed = GraphQLHttpRequest.FromJson(document.RootElement, out var problem);
            return (parsed, problem, 400);
        }
        catch (JsonException)
        {
            return (null, "The request body is not valid JSON.", 400);
        }
        catch (InvalidDataException)
        {
            return (null, $"The request is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        }
    }

    private static async Task CopyLimitedAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (target.Length + read > limit)
            {
                throw new InvalidDataException("Request too large.");
            }

            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
    }

    private async Task WriteProblemAsync(HttpContext http, int status, string mediaType, string message, string code)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(message) { Code = code });
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
