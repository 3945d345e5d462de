using GraphQL;
using GraphQL.Execution;

namespace Kyzmat.GraphQL.Errors;

/// <summary>
/// Every error carries a stable <c>code</c> in its extensions; internal errors carry only a
/// correlation id (the details stay in the server's log).
/// </summary>
internal sealed class KyzmatErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = false,
    ExposeCode = true,
    ExposeCodes = false,
    ExposeData = true,
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is KyzmatExecutionError kyzmat && kyzmat.CorrelationId is not null)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>(StringComparer.Ordinal);
            extensions["correlationId"] = kyzmat.CorrelationId;
            info.Extensions = extensions;
        }

        return info;
    }
}
