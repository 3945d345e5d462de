using Kyzmat.Workflows.Diagnostics;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Jobs;

internal sealed partial class WorkflowJobRunner
{
    private async Task ExecuteAsync(Guid jobId, string owner, CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = Db(scope);
        await using var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false)
            : null;
        var job = await JobById.For(db)(db, jobId, ct).ConfigureAwait(false);
        if (job is null || job.LockOwner != owner)
        {
            return;
        }

        if (job.Kind == JobKinds.TimerStart)
        {
            await StartByTimerAsync(scope, db, job, ct).ConfigureAwait(false);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct).ConfigureAwait(false);
            }

            return;
        }

        var session = await InstanceSession.LoadAsync(db, _cache, job.InstanceId, Now, _options, ct).ConfigureAwait(false);
        var token = session.Token(job.TokenId);
        db.Remove(job);
        var owned = token is not null || job.TokenId == session.Instance.Id;
        var isTimer = job.Kind is not (JobKinds.ServiceTask or JobKinds.ExecutionListener or JobKinds.TaskListener or JobKinds.AdHocSubProcess);
        if (owned && isTimer && session.Instance.State == InstanceStates.Active)
        {
            // A timer: a token's, or one that a scope waits for with its event sub-processes (the process has no token).
            session.History(HistoryEventTypes.TimerFired, job.ElementId, job.TokenId);
            await new ProcessExecutor(session).TriggerAsync(job.TokenId, session.Model.Element(job.ElementId), null, ct, firedTimer: job).ConfigureAwait(false);
        }
        else if (token is not null && (session.Instance.State == InstanceStates.Active || token.Canceling))
        {
            var executor = new ProcessExecutor(session);
            switch (job.Kind)
            {
                case JobKinds.ExecutionListener or JobKinds.TaskListener when token.Listener is not null:
                    var listened = await RunHandlerAsync(scope, session, executor, job, token, ct).ConfigureAwait(false);
                    if (listened.ErrorCode is { } refused)
                    {
                        executor.RefuseListenerError(token, job, refused);
                    }
                    else
                    {
                        await executor.CompleteListenerAsync(token, listened, ct).ConfigureAwait(false);
                    }

                    break;
                case JobKinds.ServiceTask:
                    var result = await RunHandlerAsync(scope, session, executor, job, token, ct).ConfigureAwait(false);
                    if (result.ErrorCode is { } errorCode)
                    {
                        await executor.ThrowErrorAsync(token, errorCode, result.ErrorMessage, result.Variables, ct).ConfigureAwait(false);
                    }
                    else
                    {
                        await executor.CompleteActivityAsync(token, result.Variables ?? [], ct).ConfigureAwait(false);
                    }

                    break;
                case JobKinds.AdHocSubProcess:
                    var decided = await RunHandlerAsync(scope, session, executor, job, token, ct).ConfigureAwait(false);
                    if (decided.ErrorCode is { } thrown)
                    {
                        await executor.ThrowErrorAsync(token, thrown, decided.ErrorMessage, decided.Variables, ct).ConfigureAwait(false);
                    }
                    else
                    {
                        await executor.CompleteAdHocJobAsync(token, decided, ct).ConfigureAwait(false);
                    }

                    break;
            }
        }

        await session.SaveAsync(ct).ConfigureAwait(false);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }

        scope.ServiceProvider.GetRequiredService<IWorkflowJobDispatcher>().JobsCommitted(session.NewJobs);
        if (!isTimer)
        {
            WorkflowMetrics.JobCompleted(session.Instance.DefinitionKey, job.TaskType ?? job.Kind);
        }
    }

    /// <summary>Runs the handler registered for the job's type: a service task's, or a listener's.</summary>
    private static async Task<ServiceTaskResult> RunHandlerAsync(
        AsyncServiceScope scope, InstanceSession session, ProcessExecutor executor, WorkflowJobRecord job, TokenState token, CancellationToken ct)
    {
        var handler = scope.ServiceProvider.GetServices<IServiceTaskHandler>().LastOrDefault(h => h.Type == job.TaskType)
            ?? throw new WorkflowException(WorkflowErrorCodes.HandlerNotFound, $"No handler is registered for jobs of type '{job.TaskType}'.");
        var task = job.Kind == JobKinds.TaskListener
            ? (await session.OpenTasksOfTokenAsync(token.Id, ct).ConfigureAwait(false)).FirstOrDefault()
            : null;
        var context = new ServiceTaskContext
        {
            JobId = job.Id,
            InstanceId = job.InstanceId,
            BusinessKey = session.Instance.BusinessKey,
            IsTestRun = session.Instance.IsTestRun,
            ElementId = job.ElementId,
            TaskType = job.TaskType!,
            Attempt = job.Attempts + 1,
            RetriesLeft = job.Retries,
            Variables = executor.HandlerVariables(token),
            Headers = session.Model.Element(job.ElementId).Headers,
            ListenerEventType = token.Listener?.EventType,
            UserTask = task is null ? null : Tasks.UserTaskRows.ToInfo(task),
            Services = scope.ServiceProvider,
        };
        return await handler.ExecuteAsync(context, ct).ConfigureAwait(false);
    }

    /// <summary>A timer start event fired: an instance starts there, and a cycle's next firing is scheduled in the same commit.</summary>
    private async Task StartByTimerAsync(AsyncServiceScope scope, DbContext db, WorkflowJobRecord job, CancellationToken ct)
    {
        db.Remove(job);
        var model = await _cache.GetAsync(db, job.DefinitionId!, ct).ConfigureAwait(false);
        if (StartEventSubscriptions.Next(model.Element(job.ElementId).Timer!, job.CreatedAt, job.DueAt) is { } next)
        {
            db.Add(StartEventSubscriptions.TimerJob(job.DefinitionId!, job.ElementId, next, job.CreatedAt));
        }

        var engine = (WorkflowEngine)scope.ServiceProvider.GetRequiredService<IWorkflowEngine>();
        await engine.StartAtAsync(job.DefinitionId!, job.ElementId, null, null, null, ct).ConfigureAwait(false);
    }
}
