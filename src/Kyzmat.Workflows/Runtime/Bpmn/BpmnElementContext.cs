using Kyzmat.Workflows.Definitions;

namespace Kyzmat.Workflows.Runtime.Bpmn;

/// <summary>The token a processor acts on, the element it is at, and the behaviours of the current command.</summary>
internal readonly record struct BpmnElementContext(TokenState Token, BpmnElement Element, BpmnBehaviors Behaviors, CancellationToken Cancellation)
{
    public InstanceSession Session => Behaviors.Session;
}
