namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Events;

/// <summary>An intermediate signal catch event: the token waits until the signal is broadcast.</summary>
internal sealed class SignalCatchEventProcessor : WaitStateProcessor
{
    protected override void Wait(BpmnElementContext context) => context.Behaviors.Signals.Open(context.Token, context.Element);
}
