using Kyzmat.Workflows;

namespace Kyzmat.Recruitment.Common;

/// <summary>
/// The workflow engine's errors as user errors: the engine's code stays the stable code (NOT_AUTHORIZED becomes
/// FORBIDDEN), the message comes from <see cref="UserErrorMessages"/>, and the engine's own (English) message is
/// kept as the inner exception's — for the log, and as a detail for administrators.
/// </summary>
public static class WorkflowUserErrors
{
    public static UserInputException ToUserError(this WorkflowException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new UserInputException(CodeOf(exception.Code), exception);
    }

    public static string CodeOf(string workflowCode) =>
        workflowCode == WorkflowErrorCodes.NotAuthorized ? UserErrorCodes.Forbidden : workflowCode;
}
