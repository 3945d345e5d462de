using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;
using Kyzmat.Workflows.History;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>
/// Variables in Zeebe's scopes: the process instance's, and the local variables of each token's element (its input
/// mappings; a sub-process's are seen by everything inside it). Output mappings and results propagate outwards.
/// </summary>
internal sealed class VariableBehavior(InstanceSession session)
{
    /// <summary>
    /// What an expression at the token sees: its element's locals, those of the sub-processes around it, then the
    /// instance's variables, the nearest first. Without locals anywhere (the usual case) the instance's own object.
    /// </summary>
    public JsonObject ViewOf(TokenState? token)
    {
        List<JsonObject>? chain = null;
        for (var scope = token; scope is not null; scope = ScopeOf(scope))
        {
            if (scope.Locals is { Count: > 0 } locals)
            {
                (chain ??= []).Add(locals);
            }
        }

        if (chain is null)
        {
            return session.Variables;
        }

        var view = (JsonObject)session.Variables.DeepClone();
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            Overlay(view, chain[i]);
        }

        return view;
    }

    /// <summary>The element's input mappings, evaluated in the scope around it, become the token's locals.</summary>
    public void ApplyInputs(TokenState token, BpmnElement element)
    {
        if (element.Inputs.Count == 0)
        {
            return;
        }

        // Over what the token sees already: an inner instance of a multi-instance activity has its item and loopCounter.
        var inputs = EvaluateMappings(element.Inputs, ViewOf(token));
        if (token.Locals is null)
        {
            token.Locals = inputs;
        }
        else
        {
            Overlay(token.Locals, inputs);
        }
    }

    /// <summary>A thrown event's input mappings: the variables it sends (a signal's).</summary>
    public JsonObject? InputsOf(TokenState token) => token.Locals is { Count: > 0 } locals ? (JsonObject)locals.DeepClone() : null;

    /// <summary>Sets variables in the token's own scope (its locals), as a multi-instance body sets its counters.</summary>
    public static void SetLocal(TokenState token, string name, JsonNode? value) => (token.Locals ??= [])[name] = value;

    /// <summary>Sends variables out from the token's own scope: each lands in the nearest scope that has it, else on the instance.</summary>
    public void PropagateFrom(TokenState token, JsonObject values) => Propagate(values, token);

    /// <summary>Sends variables out from the scope around the token, as a result without output mappings goes.</summary>
    public void PropagateFromScopeOf(TokenState token, JsonObject values) => Propagate(values, ScopeOf(token));

    /// <summary>
    /// Variables an event brings (a thrown error's): with output mappings they are the catching event's locals, which
    /// its outputs map; without, they go out from the scope around it, as a result would.
    /// </summary>
    public void SetEventVariables(TokenState eventToken, BpmnElement element, JsonObject? values)
    {
        if (values is not { Count: > 0 })
        {
            return;
        }

        if (element.Outputs.Count > 0)
        {
            eventToken.Locals = (JsonObject)values.DeepClone();
        }
        else
        {
            Propagate(values, ScopeOf(eventToken));
        }
    }

    /// <summary>
    /// What an element's completion writes: with output mappings, their targets (over the element's view and the
    /// result), propagated from the scope around it; without, the result itself, propagated from the element's own
    /// scope (so a result named as one of its locals updates that local, as in Zeebe). A failing mapping is refused
    /// to the caller (a user completing a task, a message publisher); a job counts it as a failed attempt.
    /// </summary>
    public void ApplyOutputs(TokenState token, BpmnElement element, JsonObject? result)
    {
        try
        {
            ApplyOutputsInStep(token, element, result);
        }
        catch (FeelException ex)
        {
            throw new WorkflowException(WorkflowErrorCodes.ExpressionFailed, $"The output mappings of '{element.Id}' failed: {ex.Message}", ex);
        }
    }

    /// <summary>As <see cref="ApplyOutputs"/>, inside a step of the engine's own: a failing mapping is an incident on the token.</summary>
    public void ApplyOutputsInStep(TokenState token, BpmnElement element, JsonObject? result)
    {
        if (element.Outputs.Count > 0)
        {
            var source = ViewOf(token);
            if (result is { Count: > 0 })
            {
                source = source == session.Variables ? (JsonObject)source.DeepClone() : source;
                Overlay(source, result);
            }

            Propagate(EvaluateMappings(element.Outputs, source), ScopeOf(token));
        }
        else if (result is { Count: > 0 })
        {
            Propagate(result, token);
        }
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

        RecordChanged(values, actor);
    }

    /// <summary>The variables a job's handler sees: everything visible at its task, locals included.</summary>
    public JsonObject HandlerVariables(TokenState token) => (JsonObject)ViewOf(token).DeepClone();

    private JsonObject EvaluateMappings(IReadOnlyList<IoMapping> mappings, JsonObject source)
    {
        var result = new JsonObject();
        foreach (var mapping in mappings)
        {
            // With or without the leading '=', a source is read as FEEL (a bare "customer.name" is a path, as in early Zeebe).
            var value = FeelExpression.Cached(mapping.Source).Evaluate(source, session.NowOffset);
            result[mapping.Target] = FeelValues.ToJson(value);
        }

        return result;
    }

    /// <summary>Each variable goes to the nearest scope from <paramref name="from"/> outwards that has it, else to the instance.</summary>
    private void Propagate(JsonObject values, TokenState? from)
    {
        foreach (var (key, value) in values)
        {
            var target = session.Variables;
            for (var scope = from; scope is not null; scope = ScopeOf(scope))
            {
                if (scope.Locals?.ContainsKey(key) == true)
                {
                    target = scope.Locals;
                    break;
                }
            }

            target[key] = value?.DeepClone();
        }

        RecordChanged(values, null);
    }

    private void RecordChanged(JsonObject values, string? actor) =>
        session.History(HistoryEventTypes.VariablesChanged, null, null, actor, new JsonArray(values.Select(p => (JsonNode?)JsonValue.Create(p.Key)).ToArray()));

    private TokenState? ScopeOf(TokenState token) => token.ScopeId is { } id ? session.Token(id) : null;

    private static void Overlay(JsonObject target, JsonObject values)
    {
        foreach (var (key, value) in values)
        {
            target[key] = value?.DeepClone();
        }
    }
}
