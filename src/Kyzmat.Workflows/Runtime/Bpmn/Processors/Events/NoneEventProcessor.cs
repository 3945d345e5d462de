namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Events;

/// <summary>None intermediate throw events and link catch events: the token passes on.</summary>
internal sealed class NoneEventProcessor : PassingProcessor
{
    public override Task ActivateAsync(BpmnElementContext context)
    {
        MapOutputsAndLeave(context);
        return Task.CompletedTask;
    }
}
