using Kyzmat.Workflows.Jobs;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Events;

/// <summary>An intermediate timer catch event: the token waits for a timer job due at the evaluated date or duration.</summary>
internal sealed class TimerCatchEventProcessor : WaitStateProcessor
{
    protected override void Wait(BpmnElementContext context) =>
        context.Behaviors.Jobs.Create(context.Token, context.Element.Id, JobKinds.Timer, null, context.Behaviors.Expressions.DueAt(context.Token, context.Element.Timer!), 1);
}
