namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Events;

/// <summary>A none end event: the token ends; when it was the last of its scope, the scope completes.</summary>
internal sealed class EndEventProcessor : PassingProcessor
{
    public override Task ActivateAsync(BpmnElementContext context)
    {
        context.Behaviors.Variables.ApplyOutputsInStep(context.Token, context.Element, null);
        context.Behaviors.Flow.End(context.Token, context.Element);
        return Task.CompletedTask;
    }
}
