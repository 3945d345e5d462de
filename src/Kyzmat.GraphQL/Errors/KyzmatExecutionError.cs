using GraphQL;

namespace Kyzmat.GraphQL.Errors;

/// <summary>An error shown to the client: a localised message, a stable code, and for internal errors a correlation id.</summary>
public sealed class KyzmatExecutionError : ExecutionError
{
    public KyzmatExecutionError(string message, string code, string? correlationId = null)
        : base(message)
    {
        Code = code;
        CorrelationId = correlationId;
    }

    public string? CorrelationId { get; }
}
