namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Gateways;

/// <summary>An exclusive gateway: the first flow whose condition is true, else the default flow, else an incident.</summary>
internal sealed class ExclusiveGatewayProcessor : PassingProcessor
{
    public override Task ActivateAsync(BpmnElementContext context)
    {
        context.Behaviors.Flow.TakeFlows(context.Token, context.Element, [ChooseFlow(context)]);
        return Task.CompletedTask;
    }

    private static string ChooseFlow(BpmnElementContext context)
    {
        var gateway = context.Element;
        var flows = context.Session.Model.Flows;
        if (gateway.Outgoing.Count == 1 && flows[gateway.Outgoing[0]].Condition is null)
        {
            return gateway.Outgoing[0];
        }

        foreach (var flowId in gateway.Outgoing)
        {
            if (flowId != gateway.DefaultFlowId && context.Behaviors.Expressions.EvaluateCondition(context.Token, flows[flowId]))
            {
                return flowId;
            }
        }

        return gateway.DefaultFlowId
            ?? throw new IncidentException(IncidentCodes.NoFlowTaken, $"No condition of gateway '{gateway.Id}' is true and it has no default flow.");
    }
}
