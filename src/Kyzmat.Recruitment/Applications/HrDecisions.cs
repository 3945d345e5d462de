using System.Text.Json.Nodes;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Reserve;
using Kyzmat.Workflows;
using Kyzmat.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// HR reviewers' decisions on the process's user tasks: document review, test result, interview. Each sets the
/// application's status and completes the task in one transaction; the process routes on the variables given.
/// </summary>
public sealed class HrDecisions(
    KyzmatDbContext db,
    IUserTaskService userTasks,
    IUserTaskAuthorizer authorizer,
    ApplicationTasks tasks,
    ApplicationJournal journal,
    PersonnelReserve reserve,
    IOptions<ApplicationOptions> options,
    TimeProvider clock)
{
    public async Task<Application> DecideReviewAsync(Guid reviewerId, Guid taskId, bool admit, string? reason, CancellationToken cancellationToken)
    {
        reason = RequireReasonUnless(admit, reason);
        var (task, application) = await OpenAsync(reviewerId, taskId, ApplicationLifecycle.Forms.DocumentReview, cancellationToken);
        var now = clock.GetUtcNow();
        application.Reason = reason;
        application.MoveTo(admit ? ApplicationStatus.AdmittedToTesting : ApplicationStatus.Refused, now);
        journal.Record(application, "hr", now, reason);
        await tasks.CompleteAsync(task, reviewerId.ToString(), new JsonObject
        {
            [ApplicationLifecycle.Variables.Admitted] = admit,
            [ApplicationLifecycle.Variables.Reason] = reason,
        }, cancellationToken);
        return application;
    }

    public async Task<Application> RecordTestResultAsync(Guid reviewerId, Guid taskId, int score, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (score < 0 || score > settings.MaxTestScore)
        {
            throw new UserInputException(UserErrorCodes.ScoreOutOfRange, settings.MaxTestScore);
        }

        var (task, application) = await OpenAsync(reviewerId, taskId, ApplicationLifecycle.Forms.TestResult, cancellationToken);
        var now = clock.GetUtcNow();
        var passed = score >= settings.PassMark;
        application.TestScore = score;
        application.MoveTo(passed ? ApplicationStatus.Interview : ApplicationStatus.Refused, now);
        journal.Record(application, "hr", now, score: score);
        await tasks.CompleteAsync(task, reviewerId.ToString(), new JsonObject
        {
            [ApplicationLifecycle.Variables.Score] = score,
            [ApplicationLifecycle.Variables.Passed] = passed,
        }, cancellationToken);
        return application;
    }

    public async Task<Application> DecideInterviewAsync(
        Guid reviewerId, Guid taskId, InterviewOutcome outcome, string? reason, CancellationToken cancellationToken)
    {
        reason = RequireReasonUnless(outcome != InterviewOutcome.Refused, reason);
        var (task, application) = await OpenAsync(reviewerId, taskId, ApplicationLifecycle.Forms.InterviewDecision, cancellationToken);
        var now = clock.GetUtcNow();
        application.Reason = reason;
        application.MoveTo(outcome switch
        {
            InterviewOutcome.Winner => ApplicationStatus.Appointed,
            InterviewOutcome.Reserve => ApplicationStatus.InReserve,
            _ => ApplicationStatus.Refused,
        }, now);
        if (outcome == InterviewOutcome.Reserve)
        {
            await reserve.EnterAsync(application, cancellationToken);
        }

        journal.Record(application, "hr", now, reason);
        await tasks.CompleteAsync(task, reviewerId.ToString(), new JsonObject
        {
            [ApplicationLifecycle.Variables.Outcome] = outcome.ToString().ToLowerInvariant(),
            [ApplicationLifecycle.Variables.Reason] = reason,
        }, cancellationToken);
        return application;
    }

    /// <summary>The open task of that form and its application, if the reviewer may act on it; otherwise NOT_FOUND.</summary>
    private async Task<(UserTaskInfo Task, Application Application)> OpenAsync(
        Guid reviewerId, Guid taskId, string formKey, CancellationToken cancellationToken)
    {
        UserTaskInfo task;
        try
        {
            task = await userTasks.GetAsync(taskId, cancellationToken);
        }
        catch (WorkflowException ex)
        {
            throw ApplicationTasks.ToUserError(ex);
        }

        if (await ConflictOfInterest.IsOwnAsync(db, reviewerId, task.BusinessKey, cancellationToken))
        {
            throw new UserInputException(UserErrorCodes.ConflictOfInterest);
        }

        if (!await authorizer.CanClaimAsync(task, reviewerId.ToString(), cancellationToken))
        {
            throw new UserInputException(UserErrorCodes.NotFound);
        }

        if (task.Assignee is not null && task.Assignee != reviewerId.ToString())
        {
            throw new UserInputException(UserErrorCodes.TaskClaimedByOther);
        }

        if (task.FormKey != formKey || task.State != UserTaskStates.Created)
        {
            throw new UserInputException(task.State == UserTaskStates.Created ? UserErrorCodes.ApplicationStepUnavailable : UserErrorCodes.WorkflowTaskAlreadyCompleted);
        }

        var application = Guid.TryParse(task.BusinessKey, out var id)
            ? await db.Applications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            : null;
        return (task, application ?? throw new UserInputException(UserErrorCodes.NotFound));
    }

    private static string? RequireReasonUnless(bool positive, string? reason)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (!positive && reason is null)
        {
            throw new UserInputException(UserErrorCodes.ReasonRequired);
        }

        return reason is { Length: > 2000 } ? throw new UserInputException(UserErrorCodes.TextTooLong, "reason", 2000) : reason;
    }
}
