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
        if (context.Behaviors.Listeners.BeginTaskTransition(context.Token, new ListenerState { EventType = ListenerEvents.Creating }))
        {
            // Offered to no one until its creating listeners have run (and perhaps corrected its assignment).
            task.State = UserTaskStates.Creating;
        }

        session.Db.Add(task);
        session.History(HistoryEventTypes.TaskCreated, element.Id, context.Token.Id, null, new JsonObject { ["taskId"] = task.Id, ["assignee"] = task.Assignee });
    }

    public override async Task TerminateAsync(BpmnElementContext context)
    {
        foreach (var task in await context.Session.OpenTasksOfTokenAsync(context.Token.Id, context.Cancellation).ConfigureAwait(false))
        {
            task.State = UserTaskStates.Cancelled;
            task.Version++;
        }

        await base.TerminateAsync(context).ConfigureAwait(false);
    }
}
