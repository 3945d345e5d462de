namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Tasks;

/// <summary>A receive task: the token waits for the message with its correlation key.</summary>
internal sealed class ReceiveTaskProcessor : WaitStateProcessor
{
    protected override bool WaitsForMessage => true;

    protected override void Wait(BpmnElementContext context) => context.Behaviors.Subscriptions.Open(context.Token, context.Element);
}
