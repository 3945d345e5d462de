using System.Text.Json.Nodes;
using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Tasks;

/// <summary>
/// A script task. With zeebe:script the engine evaluates the FEEL expression in the same step and sets the result
/// variable (output mappings may map it, as for a job's result); without, it is a job for a worker, as in Camunda 8.
/// </summary>
internal sealed class ScriptTaskProcessor : IElementProcessor
{
    private static readonly JobWorkerTaskProcessor AsJob = new();

    public Task ActivateAsync(BpmnElementContext context)
    {
        if (context.Element.Script is not { } script)
        {
            return AsJob.ActivateAsync(context);
        }

        var value = context.Behaviors.Expressions.Evaluate(context.Token, script.Expression);
        context.Behaviors.Variables.ApplyOutputsInStep(context.Token, context.Element, new JsonObject { [script.ResultVariable] = FeelValues.ToJson(value) });
        context.Behaviors.Flow.Leave(context.Token, context.Element);
        return Task.CompletedTask;
    }

    public Task CompleteAsync(BpmnElementContext context, JsonObject? result) => AsJob.CompleteAsync(context, result);

    public Task TerminateAsync(BpmnElementContext context) => AsJob.TerminateAsync(context);
}
