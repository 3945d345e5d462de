using GraphQL.Execution;
using Kyzmat.GraphQL.Common;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Common;
using Kyzmat.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kyzmat.GraphQL.Errors;

/// <summary>Turns what a resolver threw into what the client may see.</summary>
internal static partial class UnhandledErrors
{
    public const string InternalErrorCode = "INTERNAL_ERROR";

    public static Task HandleAsync(UnhandledExceptionContext context)
    {
        var language = (context.Context?.UserContext as KyzmatUserContext)?.Language ?? "ky";
        switch (context.OriginalException)
        {
            case UserInputException user:
                context.Exception = new KyzmatExecutionError(user.MessageIn(language), user.Code);
                if (user.InnerException is WorkflowException { FieldErrors.Count: > 0 } refused)
                {
                    // A form's refusal, field by field, so the page can show each message at its field (decision 0105).
                    context.Exception.Data["fields"] = refused.FieldErrors
                        .Select(f => new Dictionary<string, object?> { ["key"] = f.Key, ["code"] = f.Code, ["message"] = FormFieldMessages.In(f, language) })
                        .ToList();
                }

                break;
            case WorkflowException workflow:
                var error = workflow.ToUserError();
                context.Exception = new KyzmatExecutionError(error.MessageIn(language), error.Code);
                if (context.Context?.User?.IsInRole(KyzmatRoles.Admin) == true)
                {
                    // Administrators see which element or mapping the engine objected to (its English message).
                    context.Exception.Data["detail"] = workflow.Message;
                }

                break;
            case OperationCanceledException:
                context.Exception = new KyzmatExecutionError(Timeout.In(language), "TIMEOUT");
                break;
            default:
                var services = context.Context?.RequestServices;
                var correlationId = services?.GetService<IHttpContextAccessor>()?.HttpContext?.TraceIdentifier ?? Guid.NewGuid().ToString("N");
                var logger = services?.GetService<ILoggerFactory>()?.CreateLogger("Kyzmat.GraphQL");
                if (logger is not null)
                {
                    LogUnhandled(logger, context.OriginalException, correlationId);
                }

                context.Exception = new KyzmatExecutionError(Internal.In(language), InternalErrorCode, correlationId);
                break;
        }

        return Task.CompletedTask;
    }

    private static readonly LocalizedText Internal = new(
        "Ички ката кетти. Кайра аракет кылыңыз; кайталанса, ушул кодду колдоо кызматына жибериңиз.",
        "Произошла внутренняя ошибка. Попробуйте ещё раз; если повторится, сообщите этот код в поддержку.",
        "Something went wrong on our side. Try again; if it happens again, give this code to support.");

    private static readonly LocalizedText Timeout = new(
        "Суроо өтө көп убакыт алды.",
        "Запрос выполнялся слишком долго.",
        "The request took too long.");

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL resolver failed (correlation id {CorrelationId})")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string correlationId);
}
