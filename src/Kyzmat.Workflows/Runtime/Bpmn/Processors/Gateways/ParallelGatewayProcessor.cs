namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Gateways;

/// <summary>A parallel gateway: joins one token from every incoming flow, then forks on every outgoing flow.</summary>
internal sealed class ParallelGatewayProcessor : PassingProcessor
{
    public override Task ActivateAsync(BpmnElementContext context)
    {
        var (token, gateway, session) = (context.Token, context.Element, context.Session);
        if (gateway.Incoming.Count <= 1)
        {
            context.Behaviors.Flow.TakeFlows(token, gateway, gateway.Outgoing);
            return Task.CompletedTask;
        }

        token.Status = TokenState.Joining;
        var arrived = session.Tokens.Where(t => t.ElementId == gateway.Id && t.ScopeId == token.ScopeId && t.Status == TokenState.Joining).ToList();
        var chosen = new List<TokenState>();
        foreach (var flowId in gateway.Incoming)
        {
            var match = arrived.Find(t => t.ArrivedVia == flowId);
            if (match is null)
            {
                return Task.CompletedTask;
            }

            chosen.Add(match);
        }

        foreach (var merged in chosen.Where(t => t != token))
        {
            session.Tokens.Remove(merged);
        }

        context.Behaviors.Flow.TakeFlows(token, gateway, gateway.Outgoing);
        return Task.CompletedTask;
    }
}
