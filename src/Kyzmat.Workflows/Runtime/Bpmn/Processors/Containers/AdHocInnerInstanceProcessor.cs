using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Containers;

/// <summary>
/// An inner instance of an ad-hoc sub-process (a token marked <see cref="TokenState.AdHocInner"/>): the scope of one
/// activated element's path. When its last token ends, the ad-hoc sub-process is told the path has ended. An incident
/// there (a failing output element or completion condition) stays on it; resolving it activates it again, which retries.
/// </summary>
internal sealed class AdHocInnerInstanceProcessor : IContainerProcessor
{
    public Task ActivateAsync(BpmnElementContext context) => ChildrenCompletedAsync(context);

    public Task ChildrenCompletedAsync(BpmnElementContext context)
    {
        var adHocToken = context.Session.Token(context.Token.ScopeId!.Value)!;
        return context.Behaviors.AdHocSubProcesses.PathEndedAsync(context.Behaviors.ContextOf(adHocToken, context.Cancellation), context.Token);
    }

    public Task CompleteAsync(BpmnElementContext context, JsonObject? result) =>
        throw new WorkflowException(WorkflowErrorCodes.ElementNotFound, $"An inner instance of '{context.Element.Id}' ends with its path, not on request.");

    public async Task TerminateAsync(BpmnElementContext context)
    {
        await context.Behaviors.Activities.TerminateChildrenAsync(context).ConfigureAwait(false);
        context.Session.Tokens.Remove(context.Token);
    }
}
