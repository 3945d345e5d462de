using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Expressions;

/// <summary>to json() and from json(): FEEL values as JSON text, bounded like every other value an evaluation builds.</summary>
internal static class FeelJson
{
    private static readonly JsonDocumentOptions ReadOptions = new() { MaxDepth = 64 };

    // The text is a value for the process, not for a web page: quotes and non-ASCII letters are written as they are.
    private static readonly JsonSerializerOptions WriteOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string? Write(object? value)
    {
        FeelValues.EnsureBounded(value);
        var json = FeelValues.ToJson(value)?.ToJsonString(WriteOptions) ?? "null";
        FeelBudget.CheckLength(json.Length);
        return json;
    }

    public static object? Read(string text)
    {
        try
        {
            return FeelValues.FromJson(JsonNode.Parse(text, documentOptions: ReadOptions));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
