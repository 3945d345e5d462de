namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Events;

/// <summary>
/// A boundary event that fired (<see cref="Behaviors.ActivityBehavior.TriggerBoundaryAsync"/> made its token): the token
/// leaves by the event's flows. What it waits with while its activity runs belongs to the activity.
/// </summary>
internal sealed class BoundaryEventProcessor : PassingProcessor
{
    public override Task ActivateAsync(BpmnElementContext context)
    {
        MapOutputsAndLeave(context);
        return Task.CompletedTask;
    }
}
