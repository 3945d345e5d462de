using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Expressions;

/// <summary>A parsed FEEL expression (DMN 1.5 FEEL as Camunda evaluates it; see docs/decisions/0100-workflow-execution-model.md).</summary>
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
    public static FeelExpression Parse(string text) => Parse(text, null);

    /// <summary>
    /// Parses an expression that may use the given variable names; names with spaces or symbols ("Full Name",
    /// "K-1") are read as one name, and calls to them are allowed (a variable may hold a function).
    /// </summary>
    public static FeelExpression Parse(string text, IEnumerable<string>? knownNames)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = text.TrimStart();
        if (body.StartsWith('='))
        {
            body = body[1..];
        }

        return new FeelExpression(body, FeelParser.Parse(body, knownNames));
    }

    private const int MaxCached = 4096;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, FeelExpression> Parsed = new(StringComparer.Ordinal);

    /// <summary>
    /// Parses once per text: a deployed model's conditions, mappings and assignments are evaluated at every step that
    /// reaches them, and parsing cost more than evaluating. The parsed tree is immutable, so it is shared. Bounded: past
    /// <see cref="MaxCached"/> texts (expressions come from deployed models and forms) the cache starts again.
    /// </summary>
    public static FeelExpression Cached(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Parsed.TryGetValue(text, out var parsed))
        {
            return parsed;
        }

        parsed = Parse(text);
        if (Parsed.Count >= MaxCached)
        {
            Parsed.Clear();
        }

        Parsed[text] = parsed;
        return parsed;
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

    /// <summary>
    /// Evaluates over JSON variables; the result is a FEEL value (see <see cref="FeelValues"/>). Type errors give null,
    /// as in FEEL; a failure (assert(), a missing function) or a limit throws <see cref="FeelException"/>.
    /// </summary>
    public object? Evaluate(JsonObject? variables, DateTimeOffset now)
    {
        // Each variable is converted once per evaluation: a loop reading a large list must not convert it each time.
        var converted = new Dictionary<string, object?>(StringComparer.Ordinal);
        return Run(name =>
        {
            if (converted.TryGetValue(name, out var value))
            {
                return (true, value);
            }

            if (variables is null || !variables.TryGetPropertyValue(name, out var node))
            {
                return (false, null);
            }

            converted[name] = value = FeelValues.FromJson(node);
            return (true, value);
        }, now);
    }

    /// <summary>Evaluates over plain FEEL values.</summary>
    public object? Evaluate(IReadOnlyDictionary<string, object?> variables, DateTimeOffset now) =>
        Run(name => variables.TryGetValue(name, out var value) ? (true, value) : (false, null), now);

    private object? Run(Func<string, (bool Found, object? Value)> lookup, DateTimeOffset now)
    {
        using var budget = FeelBudget.Begin();
        try
        {
            var result = new FeelEvaluator(now).Evaluate(_root, FeelScope.Root(lookup));
            FeelValues.EnsureBounded(result);
            return result;
        }
        catch (InsufficientExecutionStackException)
        {
            throw FeelBudget.Exceeded("The expression nests or recurses too deeply.");
        }
        catch (OutOfMemoryException)
        {
            throw FeelBudget.Exceeded("The expression needs more memory than an expression may use.");
        }
        catch (Exception ex) when (ex is ArithmeticException or ArgumentException or InvalidOperationException or FormatException)
        {
            // A case the evaluator did not foresee still ends as an expression failure, never as the caller's crash.
            throw new FeelException(FeelException.EvaluationFailed, $"The expression could not be evaluated: {ex.Message}");
        }
    }

    public override string ToString() => Text;
}
