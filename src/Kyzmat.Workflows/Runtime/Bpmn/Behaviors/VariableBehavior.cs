using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;
using Kyzmat.Workflows.History;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>Input and output mappings (zeebe:ioMapping) and the instance's variables.</summary>
internal sealed class VariableBehavior(InstanceSession session)
{
    public JsonObject EvaluateMappings(IReadOnlyList<IoMapping> mappings, JsonObject source)
    {
        var result = new JsonObject();
        foreach (var mapping in mappings)
        {
            // With or without the leading '=', a source is read as FEEL (a bare "customer.name" is a path, as in early Zeebe).
            var value = FeelExpression.Parse(mapping.Source).Evaluate(source, session.NowOffset);
            result[mapping.Target] = FeelValues.ToJson(value);
        }

        return result;
    }

    /// <summary>The element's input mappings over the instance variables; null when it has none.</summary>
    public JsonObject? Inputs(BpmnElement element) =>
        element.Inputs.Count == 0 ? null : EvaluateMappings(element.Inputs, session.Variables);

    /// <summary>
    /// What an element's completion writes to the instance: its output mappings over the variables and the result, or
    /// the result itself when it has none. A failing mapping is refused to the caller (a user completing a task, a
    /// message publisher); a job counts it as a failed attempt.
    /// </summary>
    public void ApplyOutputs(BpmnElement element, JsonObject? result)
    {
        try
        {
            ApplyOutputsInStep(element, result);
        }
        catch (FeelException ex)
        {
            throw new WorkflowException(WorkflowErrorCodes.ExpressionFailed, $"The output mappings of '{element.Id}' failed: {ex.Message}", ex);
        }
    }

    /// <summary>As <see cref="ApplyOutputs"/>, inside a step of the engine's own: a failing mapping is an incident on the token.</summary>
    public void ApplyOutputsInStep(BpmnElement element, JsonObject? result)
    {
        if (result is null && element.Outputs.Count == 0)
        {
            return;
        }

        var output = element.Outputs.Count > 0 ? EvaluateMappings(element.Outputs, Merge(session.Variables, result ?? [])) : result;
        MergeVariables(output, null);
    }

    /// <summary>Sets instance variables and records which ones changed.</summary>
    public void MergeVariables(JsonObject? values, string? actor)
    {
        if (values is null || values.Count == 0)
        {
            return;
        }

        foreach (var (key, value) in values)
        {
            session.Variables[key] = value?.DeepClone();
        }

        session.History(HistoryEventTypes.VariablesChanged, null, null, actor, new JsonArray(values.Select(p => (JsonNode?)JsonValue.Create(p.Key)).ToArray()));
    }

    /// <summary>What an expression of the element sees: the instance variables, and its input mappings over them.</summary>
    public JsonObject VisibleTo(BpmnElement element) => Inputs(element) is { } inputs ? Merge(session.Variables, inputs) : session.Variables;

    /// <summary>The variables a job's handler sees: the instance variables plus the element's input mappings.</summary>
    public JsonObject HandlerVariables(BpmnElement element) =>
        Inputs(element) is { } inputs ? Merge(session.Variables, inputs) : (JsonObject)session.Variables.DeepClone();

    private static JsonObject Merge(JsonObject first, JsonObject second)
    {
        var merged = (JsonObject)first.DeepClone();
        foreach (var (key, value) in second)
        {
            merged[key] = value?.DeepClone();
        }

        return merged;
    }
}
