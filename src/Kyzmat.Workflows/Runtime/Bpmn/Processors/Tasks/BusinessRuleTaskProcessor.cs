using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Tasks;

/// <summary>
/// A business rule task. With zeebe:calledDecision the engine evaluates the DMN decision in the same step and sets the
/// result variable — the task's own when it has output mappings, which map it out, else propagated as Zeebe does;
/// without, it is a job for a worker, as in Camunda 8.
/// </summary>
internal sealed class BusinessRuleTaskProcessor : IElementProcessor
{
    private static readonly JobWorkerTaskProcessor AsJob = new();

    public async Task ActivateAsync(BpmnElementContext context)
    {
        if (context.Element.CalledDecision is not { } called)
        {
            await AsJob.ActivateAsync(context).ConfigureAwait(false);
            return;
        }

        var output = await context.Behaviors.Decisions.EvaluateAsync(context.Token, context.Element, context.Cancellation).ConfigureAwait(false);
        context.Behaviors.Variables.ApplyOutputsInStep(context.Token, context.Element, new JsonObject { [called.ResultVariable] = output });
        context.Behaviors.Flow.Leave(context.Token, context.Element);
    }

    public Task CompleteAsync(BpmnElementContext context, JsonObject? result) => AsJob.CompleteAsync(context, result);

    public Task TerminateAsync(BpmnElementContext context) => AsJob.TerminateAsync(context);
}
