using System.Text.Json;
using System.Text.Json.Nodes;
using Kyzmat.Recruitment.Common;

namespace Kyzmat.GraphQL.Workflows;

/// <summary>Variables an administrator sends as JSON text: one object, at most <see cref="MaxLength"/> characters.</summary>
internal static class WorkflowVariablesJson
{
    /// <summary>256 K characters: far more than a test's variables, far less than a request may carry (decision 0004).</summary>
    public const int MaxLength = 256 * 1024;

    /// <summary>The object, or null for no text; VARIABLES_TOO_LARGE or VARIABLES_INVALID (not JSON, or not an object).</summary>
    public static JsonObject? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }

        if (json.Length > MaxLength)
        {
            throw new UserInputException(UserErrorCodes.WorkflowVariablesTooLarge, MaxLength / 1024);
        }

        try
        {
            return JsonNode.Parse(json) as JsonObject ?? throw new UserInputException(UserErrorCodes.WorkflowVariablesInvalid);
        }
        catch (JsonException ex)
        {
            throw new UserInputException(UserErrorCodes.WorkflowVariablesInvalid, ex);
        }
    }
}
