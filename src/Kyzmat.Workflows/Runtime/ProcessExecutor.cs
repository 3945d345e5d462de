using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Persistence;

namespace Kyzmat.Workflows.Runtime;

/// <summary>
/// Moves tokens through the process until every token waits (user task, job, timer, message, join) or ends.
/// Everything it changes is tracked by the session's DbContext and committed by one save.
/// </summary>
internal sealed partial class ProcessExecutor
{
    private readonly InstanceSession _session;
    private readonly Queue<TokenState> _agenda = new();
    private int _steps;

    public ProcessExecutor(InstanceSession session) => _session = session;

    private ProcessModel Model => _session.Model;

    public TokenState CreateToken(string elementId, Guid? scopeId)
    {
        var token = new TokenState { Id = Guid.NewGuid(), ElementId = elementId, ScopeId = scopeId, Status = TokenState.Active };
        _session.Tokens.Add(token);
        _agenda.Enqueue(token);
        return token;
    }

    public void Schedule(TokenState token)
    {
        token.Status = TokenState.Active;
        _agenda.Enqueue(token);
    }

    public async Task RunAsync(CancellationToken ct)
    {
        while (_agenda.TryDequeue(out var token))
        {
            if (token.Status != TokenState.Active || !_session.Tokens.Contains(token))
            {
                continue;
            }

            if (++_steps > _session.Options.MaxStepsPerCommand)
            {
                await StopLoopAsync(token).ConfigureAwait(false);
                return;
            }

            try
            {
                await ExecuteAsync(token, ct).ConfigureAwait(false);
            }
            catch (IncidentException ex)
            {
                RaiseIncident(token, ex.Code, ex.Message, null);
            }
            catch (FeelException ex)
            {
                RaiseIncident(token, IncidentCodes.ExpressionFailed, ex.Message, null);
            }
        }
    }

    private Task StopLoopAsync(TokenState token)
    {
        var message = $"More than {_session.Options.MaxStepsPerCommand} elements were passed without reaching a wait state: the process has a cycle with no wait state.";
        RaiseIncident(token, IncidentCodes.LoopDetected, message, null);
        while (_agenda.TryDequeue(out var other))
        {
            if (other.Status == TokenState.Active && _session.Tokens.Contains(other))
            {
                RaiseIncident(other, IncidentCodes.LoopDetected, message, null);
            }
        }

        return Task.CompletedTask;
    }

    private async Task ExecuteAsync(TokenState token, CancellationToken ct)
    {
        var element = Model.Element(token.ElementId);
        _session.History(HistoryEventTypes.ElementEntered, element.Id, token.Id);
        switch (element.Kind)
        {
            case ElementKind.StartEvent or ElementKind.IntermediateThrowEvent or ElementKind.Task or ElementKind.ManualTask:
                Leave(token, element);
                break;
            case ElementKind.EndEvent:
                await EndAsync(token, element, ct).ConfigureAwait(false);
                break;
            case ElementKind.TerminateEndEvent:
                await TerminateAsync(token, element, ct).ConfigureAwait(false);
                break;
            case ElementKind.ExclusiveGateway:
                TakeFlows(token, element, [ChooseFlow(element)]);
                break;
            case ElementKind.ParallelGateway:
                Join(token, element);
                break;
            case ElementKind.SubProcess:
                token.Status = TokenState.Waiting;
                CreateToken(Model.StartEventOf(element.Id).Id, token.Id);
                break;
            default:
                await WaitAsync(token, element, ct).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Leaves an element by all its outgoing flows (an implicit fork when several), or ends the token when none.</summary>
    public void Leave(TokenState token, BpmnElement element) => TakeFlows(token, element, element.Outgoing);

    private void TakeFlows(TokenState token, BpmnElement element, IReadOnlyList<string> flowIds)
    {
        _session.History(HistoryEventTypes.ElementLeft, element.Id, token.Id);
        if (flowIds.Count == 0)
        {
            _session.Tokens.Remove(token);
            CheckScopeCompleted(token.ScopeId);
            return;
        }

        for (var i = 0; i < flowIds.Count; i++)
        {
            var flow = Model.Flows[flowIds[i]];
            var moving = i == 0 ? token : CreateToken(flow.TargetId, token.ScopeId);
            moving.ElementId = flow.TargetId;
            moving.ArrivedVia = flow.Id;
            if (i == 0)
            {
                Schedule(moving);
            }
        }
    }

    private Task EndAsync(TokenState token, BpmnElement element, CancellationToken ct)
    {
        _ = ct;
        _session.History(HistoryEventTypes.ElementLeft, element.Id, token.Id);
        _session.Tokens.Remove(token);
        CheckScopeCompleted(token.ScopeId);
        return Task.CompletedTask;
    }

    private async Task TerminateAsync(TokenState token, BpmnElement element, CancellationToken ct)
    {
        _session.History(HistoryEventTypes.ElementLeft, element.Id, token.Id);
        _session.Tokens.Remove(token);
        foreach (var other in _session.Tokens.Where(t => t.ScopeId == token.ScopeId).ToList())
        {
            await CancelTokenAsync(other, ct).ConfigureAwait(false);
        }

        CheckScopeCompleted(token.ScopeId);
    }

    private void CheckScopeCompleted(Guid? scopeId)
    {
        if (_session.Tokens.Any(t => t.ScopeId == scopeId))
        {
            return;
        }

        if (scopeId is null)
        {
            if (_session.Instance.State == InstanceStates.Active)
            {
                _session.Instance.State = InstanceStates.Completed;
                _session.Instance.EndedAt = _session.Now;
                _session.History(HistoryEventTypes.InstanceCompleted, null, null);
            }

            return;
        }

        var scopeToken = _session.Token(scopeId.Value);
        if (scopeToken is not null)
        {
            scopeToken.Status = TokenState.Active;
            Leave(scopeToken, Model.Element(scopeToken.ElementId));
        }
    }

    public void RaiseIncident(TokenState token, string code, string message, Guid? jobId)
    {
        token.Status = TokenState.Incident;
        _session.Instance.OpenIncidents++;
        _session.Db.Add(new WorkflowIncidentRecord
        {
            Id = Guid.NewGuid(),
            InstanceId = _session.Instance.Id,
            TokenId = token.Id,
            JobId = jobId,
            ElementId = token.ElementId,
            Code = code,
            Message = message.Length > 4000 ? message[..4000] : message,
            State = "Open",
            CreatedAt = _session.Now,
        });
        _session.History(HistoryEventTypes.IncidentRaised, token.ElementId, token.Id, null, new JsonObject { ["code"] = code, ["message"] = message });
    }
}
