using System.Text.Json.Nodes;
using Kyzmat.Recruitment.Common;
using Kyzmat.Workflows;
using Kyzmat.Workflows.Forms;
using Kyzmat.Workflows.Tasks;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// A reviewer's task with a linked Camunda form (decision 0105): the form version it keeps, what it shows, and completing it
/// with the form's data — checked on the server against that version by the engine, refused field by field.
/// </summary>
public sealed class HrTaskForms(HrInbox inbox, IUserTaskService tasks, IWorkflowForms forms)
{
    /// <summary>The task's form and the variables it shows; null when the task links no Camunda form.</summary>
    public async Task<TaskForm?> FormOfAsync(Guid taskId, CancellationToken cancellationToken)
    {
        if (await forms.GetOfTaskAsync(taskId, cancellationToken) is not { } form)
        {
            return null;
        }

        return new TaskForm(form.FormId, form.Version, form.Json, (await forms.PrefillOfTaskAsync(taskId, cancellationToken)).ToJsonString());
    }

    public async Task CompleteAsync(HrScope scope, Guid reviewerId, Guid taskId, JsonObject data, CancellationToken cancellationToken)
    {
        // Another body's task is not found, as everywhere in the HR workspace.
        _ = await inbox.FindAsync(scope, reviewerId, taskId, cancellationToken) ?? throw new UserInputException(UserErrorCodes.NotFound);
        var task = await tasks.GetAsync(taskId, cancellationToken);
        if (task.FormVersionId is null)
        {
            throw new UserInputException(UserErrorCodes.TaskHasNoForm);
        }

        if (task.Assignee is { } assignee && !scope.ActorOf(reviewerId).Names.Contains(assignee))
        {
            throw new UserInputException(UserErrorCodes.TaskClaimedByOther);
        }

        try
        {
            await tasks.CompleteAsync(taskId, reviewerId.ToString(), data, cancellationToken);
        }
        catch (WorkflowException ex) when (ex.Code == WorkflowErrorCodes.FormDataInvalid)
        {
            throw new UserInputException(UserErrorCodes.FormDataInvalid, ex);
        }
        catch (WorkflowException ex)
        {
            throw ex.Code == WorkflowErrorCodes.NotAuthorized ? new UserInputException(UserErrorCodes.NotFound, ex) : ApplicationTasks.ToUserError(ex);
        }
    }
}
