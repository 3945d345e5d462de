using System.Text.Json.Nodes;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Persistence;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>Stops a token with an open incident that an operator can resolve.</summary>
internal sealed class IncidentBehavior(InstanceSession session)
{
    public void Raise(TokenState token, string code, string message, Guid? jobId)
    {
        token.Status = TokenState.Incident;
        session.Instance.OpenIncidents++;
        session.Db.Add(new WorkflowIncidentRecord
        {
            Id = Guid.NewGuid(),
            InstanceId = session.Instance.Id,
            TokenId = token.Id,
            JobId = jobId,
            ElementId = token.ElementId,
            Code = code,
            Message = message.Length > 4000 ? message[..4000] : message,
            State = "Open",
            CreatedAt = session.Now,
        });
        session.History(HistoryEventTypes.IncidentRaised, token.ElementId, token.Id, null, new JsonObject { ["code"] = code, ["message"] = message });
    }
}
