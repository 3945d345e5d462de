using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Forms;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Tasks;

/// <summary>A user task: a task row for the people its assignment names, completed through <see cref="IUserTaskService"/>.</summary>
internal sealed class UserTaskProcessor : WaitStateProcessor
{
    protected override void Wait(BpmnElementContext context) => CreateTask(context, null);

    /// <summary>A task linking a Camunda form (formId) keeps the form version resolved now; none deployed is an incident.</summary>
    protected override async Task WaitAsync(BpmnElementContext context)
    {
        if (context.Element.Form is not { FormId: not null } link)
        {
            Wait(context);
            return;
        }

        var session = context.Session;
        DateTime? deployedAt = null;
        if (link.BindingType == "deployment")
        {
            var definitionId = session.Instance.DefinitionId;
            deployedAt = await session.Db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(d => d.Id == definitionId)
                .Select(d => (DateTime?)d.DeployedAt).FirstOrDefaultAsync(context.Cancellation).ConfigureAwait(false);
        }

        var formVersionId = await FormResolver.ResolveAsync(session.Db, link, deployedAt, context.Cancellation).ConfigureAwait(false)
            ?? throw new IncidentException(IncidentCodes.FormNotFound, link.BindingType == "versionTag"
                ? $"The form '{link.FormId}' with version tag '{link.VersionTag}' is not deployed."
                : $"The form '{link.FormId}' is not deployed.");
        CreateTask(context, formVersionId);
    }

    private static void CreateTask(BpmnElementContext context, string? formVersionId)
    {
        var (session, element, expressions) = (context.Session, context.Element, context.Behaviors.Expressions);
        var task = new WorkflowUserTaskRecord
        {
            Id = Guid.NewGuid(),
            InstanceId = session.Instance.Id,
            TokenId = context.Token.Id,
            DefinitionKey = session.Instance.DefinitionKey,
            BusinessKey = session.Instance.BusinessKey,
            ElementId = element.Id,
            Name = element.Name ?? element.Id,
            FormKey = element.FormKey,
            FormVersionId = formVersionId,
            Assignee = expressions.EvaluateText(context.Token, element.Assignee),
            CandidateGroups = UserTaskRows.JoinGroups(expressions.EvaluateList(context.Token, element.CandidateGroups)),
            CandidateUsers = UserTaskRows.JoinGroups(expressions.EvaluateList(context.Token, element.CandidateUsers)),
            DueAt = expressions.EvaluateDate(context.Token, element.DueDate),
            FollowUpAt = expressions.EvaluateDate(context.Token, element.FollowUpDate),
            Priority = expressions.EvaluatePriority(context.Token, element.Priority),
            State = UserTaskStates.Created,
            InputJson = context.Token.Locals?.ToJsonString(),
            CreatedAt = session.Now,
        };
        if (context.Behaviors.Listeners.BeginTaskTransition(context.Token, new ListenerState { EventType = ListenerEvents.Creating, AssigneeFromModel = task.Assignee is not null }))
        {
            // Offered to no one until its creating listeners have run (and perhaps corrected its assignment).
            task.State = UserTaskStates.Creating;
        }
        else
        {
            context.Behaviors.Listeners.BeginAssignmentAtCreation(context.Token, task);
        }

        session.Db.Add(task);
        session.History(HistoryEventTypes.TaskCreated, element.Id, context.Token.Id, null, new JsonObject { ["taskId"] = task.Id, ["assignee"] = task.Assignee });
    }

    /// <summary>
    /// The task is cancelled with its element. With canceling listeners it is Canceling first: the element is terminated
    /// now (Kyzmat terminates within the command), while its token stays, outside every scope, until the listeners have
    /// run one after another; then the task is Cancelled and the token goes. A transition under way is dropped (its
    /// listener's job removed, the attributes it changed restored), as Camunda 8.8 cancels a pending listener's job.
    /// </summary>
    public override async Task TerminateAsync(BpmnElementContext context)
    {
        var token = context.Token;
        if (token.Listener is { EventType: ListenerEvents.Canceling })
        {
            return;
        }

        var tasks = await context.Session.OpenTasksOfTokenAsync(token.Id, context.Cancellation).ConfigureAwait(false);
        var canceling = tasks.Count > 0 && context.Element.ListenersOf(ListenerEvents.Canceling).Count > 0;
        foreach (var task in tasks)
        {
            if (token.Listener?.TaskBefore is { } before)
            {
                UserTaskRows.Restore(task, before);
            }

            task.State = canceling ? UserTaskStates.Canceling : UserTaskStates.Cancelled;
            task.Version++;
        }

        token.Listener = null;
        await base.TerminateAsync(context).ConfigureAwait(false);
        if (canceling && context.Behaviors.Listeners.BeginTaskTransition(token, new ListenerState { EventType = ListenerEvents.Canceling }))
        {
            token.ScopeId = null;
            context.Session.Tokens.Add(token);
        }
    }
}
