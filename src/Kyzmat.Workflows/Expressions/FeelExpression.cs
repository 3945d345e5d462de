using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Expressions;

/// <summary>A parsed expression of the supported FEEL subset (see docs/decisions/0100-workflow-execution-model.md).</summary>
public sealed class FeelExpression
{
    private readonly FeelNode _root;

    private FeelExpression(string text, FeelNode root)
    {
        Text = text;
        _root = root;
    }

    public string Text { get; }

    /// <summary>Parses an expression; a leading '=' (as Zeebe writes expressions) is allowed. Throws <see cref="FeelException"/>.</summary>
    public static FeelExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = text.TrimStart();
        if (body.StartsWith('='))
        {
            body = body[1..];
        }

        return new FeelExpression(body, FeelParser.Parse(body));
    }

    /// <summary>Checks the syntax; returns null when valid, else the error message.</summary>
    public static string? Check(string text)
    {
        try
        {
            Parse(text);
            return null;
        }
        catch (FeelException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>True when a Zeebe property value is an expression ('=...') rather than a static value.</summary>
    public static bool IsExpression(string? value) => value is not null && value.TrimStart().StartsWith('=');

    /// <summary>Evaluates over JSON variables; the result is a FEEL value (see <see cref="FeelValues"/>).</summary>
    public object? Evaluate(JsonObject? variables, DateTimeOffset now) =>
        new FeelEvaluator(
            name => variables is not null && variables.TryGetPropertyValue(name, out var node) ? (true, FeelValues.FromJson(node)) : (false, null),
            now).Evaluate(_root);

    /// <summary>Evaluates over plain FEEL values.</summary>
    public object? Evaluate(IReadOnlyDictionary<string, object?> variables, DateTimeOffset now) =>
        new FeelEvaluator(name => variables.TryGetValue(name, out var value) ? (true, value) : (false, null), now).Evaluate(_root);

    public override string ToString() => Text;
}
