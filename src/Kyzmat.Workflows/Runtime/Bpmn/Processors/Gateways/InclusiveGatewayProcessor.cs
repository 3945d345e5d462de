using Kyzmat.Workflows.Definitions;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Gateways;

/// <summary>
/// An inclusive gateway, as Camunda 8 runs it. Joining: a token waits while another token of its scope could still
/// arrive (some path leads from where it is to the gateway), then all that arrived go on as one. Forking: every flow
/// whose condition is true (a flow without one is always taken), else the default flow, else an incident.
/// </summary>
internal sealed class InclusiveGatewayProcessor : PassingProcessor
{
    public override Task ActivateAsync(BpmnElementContext context)
    {
        var (token, gateway, session) = (context.Token, context.Element, context.Session);
        if (gateway.Incoming.Count > 1)
        {
            token.Status = TokenState.Joining;
            if (!CanJoin(session, token, gateway))
            {
                return Task.CompletedTask;
            }

            foreach (var merged in session.Tokens.Where(t => t != token && IsJoiningAt(t, gateway, token.ScopeId)).ToList())
            {
                session.Tokens.Remove(merged);
            }
        }

        context.Behaviors.Flow.TakeFlows(token, gateway, ChooseFlows(context));
        return Task.CompletedTask;
    }

    /// <summary>Whether no token of the scope, but those already waiting here, could still reach the gateway.</summary>
    public static bool CanJoin(InstanceSession session, TokenState joining, BpmnElement gateway) =>
        !session.Tokens.Any(t => t.ScopeId == joining.ScopeId && !t.Canceling && !IsJoiningAt(t, gateway, joining.ScopeId) && Reaches(session.Model, t.ElementId, gateway.Id));

    private static bool IsJoiningAt(TokenState token, BpmnElement gateway, Guid? scopeId) =>
        token.ElementId == gateway.Id && token.ScopeId == scopeId && token.Status == TokenState.Joining;

    private static List<string> ChooseFlows(BpmnElementContext context)
    {
        var (gateway, flows) = (context.Element, context.Session.Model.Flows);
        var taken = gateway.Outgoing
            .Where(f => f != gateway.DefaultFlowId && (flows[f].Condition is null || context.Behaviors.Expressions.EvaluateCondition(context.Token, flows[f])))
            .ToList();
        if (taken.Count > 0)
        {
            return taken;
        }

        return gateway.DefaultFlowId is { } defaultFlow
            ? [defaultFlow]
            : throw new IncidentException(IncidentCodes.NoFlowTaken, $"No condition of gateway '{gateway.Id}' is true and it has no default flow.");
    }

    // Along sequence flows and out through boundary events, within the scope (a sub-process's inside is its own scope).
    private static bool Reaches(ProcessModel model, string fromId, string gatewayId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { fromId };
        var pending = new Stack<string>([fromId]);
        while (pending.TryPop(out var id))
        {
            var element = model.Element(id);
            foreach (var next in element.Outgoing.Select(f => model.Flows[f].TargetId)
                .Concat(model.BoundariesOf(id).Select(b => b.Id)))
            {
                if (next == gatewayId)
                {
                    return true;
                }

                if (seen.Add(next))
                {
                    pending.Push(next);
                }
            }
        }

        return false;
    }
}
