using System.Text.Json.Nodes;
using Kyzmat.Recruitment.Common;
using Kyzmat.Workflows;
using Kyzmat.Workflows.Tasks;

namespace Kyzmat.Recruitment.Applications;

/// <summary>Finds an application's open step by its form key and completes it; engine refusals become user errors.</summary>
public sealed class ApplicationTasks(IUserTaskService tasks)
{
    public async Task<UserTaskInfo> OpenStepAsync(Application application, string formKey, CancellationToken cancellationToken) =>
        await tasks.FindOpenAsync(application.Id.ToString(), formKey, cancellationToken)
            ?? throw new UserInputException(UserErrorCodes.ApplicationStepUnavailable);

    /// <summary>Completes the task, saving the caller's tracked changes with it in one transaction.</summary>
    public async Task CompleteAsync(UserTaskInfo task, string userId, JsonObject variables, CancellationToken cancellationToken)
    {
        try
        {
            await tasks.CompleteAsync(task.Id, userId, variables, cancellationToken);
        }
        catch (WorkflowException ex)
        {
            throw ToUserError(ex);
        }
    }

    public static UserInputException ToUserError(WorkflowException ex) => ex.Code switch
    {
        WorkflowErrorCodes.NotAuthorized => new UserInputException(UserErrorCodes.Forbidden, ex),
        WorkflowErrorCodes.TaskAlreadyCompleted or WorkflowErrorCodes.TaskNotActive => new UserInputException(UserErrorCodes.WorkflowTaskAlreadyCompleted, ex),
        WorkflowErrorCodes.TaskNotFound or WorkflowErrorCodes.InstanceNotFound => new UserInputException(UserErrorCodes.NotFound, ex),
        WorkflowErrorCodes.TaskAlreadyClaimed => new UserInputException(UserErrorCodes.TaskClaimedByOther, ex),
        WorkflowErrorCodes.TaskAssignmentDenied => new UserInputException(UserErrorCodes.WorkflowTaskAssignmentDenied, ex),
        _ => new UserInputException(UserErrorCodes.ChangedMeanwhile, ex),
    };
}
