namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Events;

/// <summary>An intermediate message catch event: the token waits for the message with its correlation key.</summary>
internal sealed class MessageCatchEventProcessor : WaitStateProcessor
{
    protected override bool WaitsForMessage => true;

    protected override void Wait(BpmnElementContext context) => context.Behaviors.Subscriptions.Open(context.Token, context.Element);
}
