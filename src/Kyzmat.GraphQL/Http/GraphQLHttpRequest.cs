using System.Text.Json;

namespace Kyzmat.GraphQL.Http;

/// <summary>A GraphQL-over-HTTP request whose parameters have the types the spec requires.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions)
{
    /// <summary>Reads the parameters from a JSON body's root; null with the reason when they are not valid.</summary>
    public static GraphQLHttpRequest? FromJson(JsonElement root, out string? problem)
    {
        problem = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = "The request body must be a JSON object.";
            return null;
        }

        if (!root.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            problem = "The request must have a string 'query' parameter.";
            return null;
        }

        string? operationName = null;
        if (root.TryGetProperty("operationName", out var operation) && operation.ValueKind != JsonValueKind.Null)
        {
            if (operation.ValueKind != JsonValueKind.String)
            {
                problem = "The 'operationName' parameter must be a string.";
                return null;
            }

            operationName = operation.GetString();
        }

        var variables = ObjectOrNull(root, "variables", ref problem);
        var extensions = ObjectOrNull(root, "extensions", ref problem);
        return problem is null ? new GraphQLHttpRequest(query.GetString()!, operationName, variables, extensions) : null;
    }

    private static JsonElement? ObjectOrNull(JsonElement root, string name, ref string? problem)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            problem ??= $"The '{name}' parameter must be a JSON object.";
            return null;
        }

        return value.Clone();
    }
}
