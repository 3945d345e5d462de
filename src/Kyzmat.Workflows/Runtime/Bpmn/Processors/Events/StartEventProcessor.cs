namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Events;

/// <summary>
/// A start event of the process, of a sub-process or of an event sub-process, whatever started it: its scope is entered,
/// so the scope's event sub-processes start listening, and the token passes on.
/// </summary>
internal sealed class StartEventProcessor : PassingProcessor
{
    public override Task ActivateAsync(BpmnElementContext context)
    {
        context.Behaviors.Variables.ApplyOutputsInStep(context.Token, context.Element, null);
        context.Behaviors.EventSubProcesses.Open(context.Token);
        context.Behaviors.Flow.Leave(context.Token, context.Element);
        return Task.CompletedTask;
    }
}
