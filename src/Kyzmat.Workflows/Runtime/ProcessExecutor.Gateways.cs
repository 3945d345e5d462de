using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Runtime;

/// <summary>Exclusive gateways (conditions, default flow) and parallel gateways (fork, join).</summary>
internal sealed partial class ProcessExecutor
{
    private string ChooseFlow(BpmnElement gateway)
    {
        if (gateway.Outgoing.Count == 1 && Model.Flows[gateway.Outgoing[0]].Condition is null)
        {
            return gateway.Outgoing[0];
        }

        foreach (var flowId in gateway.Outgoing.Where(f => f != gateway.DefaultFlowId))
        {
            var condition = Model.Flows[flowId].Condition!;
            var result = FeelExpression.Parse(condition).Evaluate(_session.Variables, _session.NowOffset);
            switch (result)
            {
                case true:
                    return flowId;
                case false:
                    continue;
                case null:
                    throw new IncidentException(IncidentCodes.ConditionNotBoolean,
                        $"The condition '{condition}' of flow '{flowId}' gave null, not a boolean (is a variable missing?).");
                default:
                    throw new IncidentException(IncidentCodes.ConditionNotBoolean,
                        $"The condition '{condition}' of flow '{flowId}' gave a {FeelValues.TypeName(result)}, not a boolean.");
            }
        }

        return gateway.DefaultFlowId
            ?? throw new IncidentException(IncidentCodes.NoFlowTaken, $"No condition of gateway '{gateway.Id}' is true and it has no default flow.");
    }

    private void Join(TokenState token, BpmnElement gateway)
    {
        if (gateway.Incoming.Count <= 1)
        {
            TakeFlows(token, gateway, gateway.Outgoing);
            return;
        }

        token.Status = TokenState.Joining;
        var arrived = _session.Tokens.Where(t => t.ElementId == gateway.Id && t.ScopeId == token.ScopeId && t.Status == TokenState.Joining).ToList();
        var chosen = new List<TokenState>();
        foreach (var flowId in gateway.Incoming)
        {
            var match = arrived.Find(t => t.ArrivedVia == flowId);
            if (match is null)
            {
                return;
            }

            chosen.Add(match);
        }

        foreach (var merged in chosen.Where(t => t != token))
        {
            _session.Tokens.Remove(merged);
        }

        TakeFlows(token, gateway, gateway.Outgoing);
    }
}
