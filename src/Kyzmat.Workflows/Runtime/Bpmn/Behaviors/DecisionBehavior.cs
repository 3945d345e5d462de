using System.Text.Json.Nodes;
using Kyzmat.Workflows.Decisions;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>
/// Business rule tasks with zeebe:calledDecision, as Zeebe evaluates them: the decision (latest version, or the latest
/// with the task's version tag) over the variables visible at the task; the evaluation recorded in the history. A
/// decision not deployed is a CALLED_DECISION_ERROR incident, a failed evaluation a DECISION_EVALUATION_ERROR one.
/// </summary>
internal sealed class DecisionBehavior(InstanceSession session, VariableBehavior variables, ExpressionBehavior expressions)
{
    /// <summary>Evaluates the task's decision and answers its output as JSON.</summary>
    public async Task<JsonNode?> EvaluateAsync(TokenState token, BpmnElement element, CancellationToken ct)
    {
        var called = element.CalledDecision!;
        string? decisionId;
        try
        {
            decisionId = expressions.EvaluateText(token, called.DecisionId);
        }
        catch (IncidentException ex)
        {
            throw new IncidentException(IncidentCodes.CalledDecisionError, ex.Message);
        }

        if (string.IsNullOrWhiteSpace(decisionId))
        {
            throw new IncidentException(IncidentCodes.CalledDecisionError, $"The decision id '{called.DecisionId}' of '{element.Id}' gave no text.");
        }

        var decisions = session.Db.Set<WorkflowDecisionRecord>().AsNoTracking().Where(d => d.DecisionId == decisionId);
        if (called.BindingType == "versionTag")
        {
            decisions = decisions.Where(d => d.VersionTag == called.VersionTag);
        }

        var record = await decisions.OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct).ConfigureAwait(false)
            ?? throw new IncidentException(IncidentCodes.CalledDecisionError, called.BindingType == "versionTag"
                ? $"Expected to evaluate decision '{decisionId}' with version tag '{called.VersionTag}', but no such decision is deployed."
                : $"Expected to evaluate decision '{decisionId}', but no decision found for id '{decisionId}'.");
        var graph = session.Definitions?.GraphOf(record) ?? DefinitionCache.ParseGraph(record);

        var view = variables.ViewOf(token);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, node) in view)
        {
            values[name] = FeelValues.FromJson(node);
        }

        DecisionEvaluation evaluation;
        try
        {
            evaluation = new DecisionEvaluator(graph).Evaluate(record.DecisionId, values, session.NowOffset);
        }
        catch (DecisionEvaluationException ex)
        {
            throw new IncidentException(IncidentCodes.DecisionEvaluationError,
                $"Expected to evaluate decision '{record.DecisionId}' (version {record.Version}), but {ex.Message}");
        }

        session.History(HistoryEventTypes.DecisionEvaluated, element.Id, token.Id, data: new JsonObject
        {
            ["decisionId"] = record.DecisionId,
            ["decisionVersion"] = record.Version,
            ["decisionDefinitionId"] = record.Id,
            ["decisionRequirementsId"] = record.DrgId,
            ["resultVariable"] = called.ResultVariable,
            ["evaluatedDecisions"] = new JsonArray(evaluation.Evaluated.Select(d => (JsonNode)new JsonObject
            {
                ["decisionId"] = d.DecisionId,
                ["decisionName"] = d.DecisionName,
                ["matchedRules"] = new JsonArray(d.MatchedRules.Select(r => (JsonNode)new JsonObject { ["ruleId"] = r.RuleId, ["ruleIndex"] = r.Index }).ToArray()),
            }).ToArray()),
        });
        return FeelValues.ToJson(evaluation.Output);
    }
}
