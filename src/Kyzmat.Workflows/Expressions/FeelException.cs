namespace Kyzmat.Workflows.Expressions;

/// <summary>An expression that is outside the supported FEEL subset, malformed, or applied to values of the wrong type.</summary>
public sealed class FeelException : Exception
{
    public const string SyntaxError = "FEEL_SYNTAX";
    public const string Unsupported = "FEEL_UNSUPPORTED";
    public const string TypeError = "FEEL_TYPE";

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
