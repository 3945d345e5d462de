namespace Kyzmat.Workflows.Expressions;

/// <summary>An expression that is outside the supported FEEL subset, malformed, or applied to values of the wrong type.</summary>
public sealed class FeelException : Exception
{
    public const string SyntaxError = "FEEL_SYNTAX";
    public const string Unsupported = "FEEL_UNSUPPORTED";
    public const string TypeError = "FEEL_TYPE";

    /// <summary>An evaluation went past a limit (steps, list or string size, call depth).</summary>
    public const string LimitExceeded = "FEEL_LIMIT";

    /// <summary>An evaluation failed on purpose or could not go on (assert(), a call to a function that does not exist).</summary>
    public const string EvaluationFailed = "FEEL_FAILED";

    public FeelException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public FeelException()
        : this(SyntaxError, "Invalid expression.")
    {
    }

    public FeelException(string message)
        : this(SyntaxError, message)
    {
    }

    public FeelException(string message, Exception inner)
        : base(message, inner)
    {
        Code = SyntaxError;
    }

    public string Code { get; }
}
