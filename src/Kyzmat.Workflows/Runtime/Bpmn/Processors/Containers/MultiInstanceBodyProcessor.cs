using System.Text.Json.Nodes;
using Kyzmat.Workflows.Expressions;
using Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Containers;

/// <summary>
/// The body of a multi-instance activity, as Camunda 8 runs it: one inner instance per item of the input collection —
/// all at once (parallel) or one after another (sequential) — each with the item and its loopCounter as locals. The
/// body keeps numberOfInstances / numberOfActiveInstances / numberOfCompletedInstances / numberOfTerminatedInstances
/// as its locals, gathers each inner instance's output element into the output collection in item order, and
/// completes when every inner instance has, or as soon as the completion condition is true (the rest terminated).
/// Its boundary events are opened and closed here; the inner instances have none of their own.
/// </summary>
internal sealed class MultiInstanceBodyProcessor : IElementProcessor
{
    public Task ActivateAsync(BpmnElementContext context)
    {
        var (body, element, behaviors) = (context.Token, context.Element, context.Behaviors);
        var definition = element.MultiInstance!;
        var items = InputItems(context, definition);
        var attachments = behaviors.Boundaries.Prepare(body, element);
        behaviors.Boundaries.Open(body, attachments);
        body.Status = TokenState.Waiting;
        body.Loop = new MultiInstanceState { Items = items };
        VariableBehavior.SetLocal(body, "numberOfInstances", items.Count);
        if (definition.OutputCollection is { } output)
        {
            VariableBehavior.SetLocal(body, output, new JsonArray(items.Select(_ => (JsonNode?)null).ToArray()));
        }

        UpdateCounters(body);
        if (items.Count == 0)
        {
            return CompleteBodyAsync(context);
        }

        for (var started = 0; started < (definition.IsSequential ? 1 : items.Count); started++)
        {
            StartInnerInstance(context);
        }

        return Task.CompletedTask;
    }

    /// <summary>An inner instance left its element: its output element is gathered, then the body goes on or completes.</summary>
    public async Task InnerInstanceCompletedAsync(BpmnElementContext context, TokenState inner)
    {
        var (body, definition, behaviors) = (context.Token, context.Element.MultiInstance!, context.Behaviors);
        var loop = body.Loop!;
        if (definition.OutputCollection is { } output && body.Locals?[output] is JsonArray collected)
        {
            var value = FeelExpression.Cached(definition.OutputElement!).Evaluate(behaviors.Variables.ViewOf(inner), context.Session.NowOffset);
            collected[inner.LoopCounter!.Value - 1] = FeelValues.ToJson(value);
        }

        loop.Active--;
        loop.Completed++;
        UpdateCounters(body);
        var done = definition.CompletionCondition is { } condition && IsTrue(context, inner, condition);
        behaviors.Session.Tokens.Remove(inner);
        if (done)
        {
            await TerminateInnerInstancesAsync(context).ConfigureAwait(false);
        }
        else if (definition.IsSequential && loop.Created < loop.Items.Count)
        {
            StartInnerInstance(context);
            return;
        }

        if (loop.Active == 0)
        {
            await CompleteBodyAsync(context).ConfigureAwait(false);
        }
    }

    public Task CompleteAsync(BpmnElementContext context, JsonObject? result) =>
        throw new WorkflowException(WorkflowErrorCodes.ElementNotFound, $"The multi-instance '{context.Element.Id}' completes with its inner instances, not on request.");

    public async Task TerminateAsync(BpmnElementContext context)
    {
        await context.Behaviors.Activities.TerminateChildrenAsync(context).ConfigureAwait(false);
        await context.Behaviors.Activities.TerminateAsync(context).ConfigureAwait(false);
    }

    private static JsonArray InputItems(BpmnElementContext context, Definitions.MultiInstanceDefinition definition)
    {
        var value = context.Behaviors.Expressions.Evaluate(context.Token, definition.InputCollection);
        if (value is not List<object?> list)
        {
            throw new IncidentException(IncidentCodes.ExpressionFailed,
                $"The input collection '{definition.InputCollection}' of '{context.Element.Id}' gave {(value is null ? "null" : "a " + FeelValues.TypeName(value))}, not a list.");
        }

        var limit = context.Session.Options.MaxMultiInstanceItems;
        if (list.Count > limit)
        {
            throw new IncidentException(IncidentCodes.CollectionTooLarge,
                $"The input collection of '{context.Element.Id}' has {list.Count} items; at most {limit} inner instances are made (WorkflowEngineOptions.MaxMultiInstanceItems).");
        }

        return new JsonArray(list.Select(FeelValues.ToJson).ToArray());
    }

    private static void StartInnerInstance(BpmnElementContext context)
    {
        var (body, definition) = (context.Token, context.Element.MultiInstance!);
        var loop = body.Loop!;
        var index = loop.Created++;
        loop.Active++;
        var inner = context.Behaviors.Agenda.CreateToken(context.Element.Id, body.Id);
        inner.LoopCounter = index + 1;
        inner.Locals = new JsonObject { ["loopCounter"] = index + 1 };
        if (definition.InputElement is { } name)
        {
            inner.Locals[name] = loop.Items[index]?.DeepClone();
        }

        UpdateCounters(body);
    }

    private static bool IsTrue(BpmnElementContext context, TokenState inner, string condition) =>
        FeelExpression.Cached(condition).Evaluate(context.Behaviors.Variables.ViewOf(inner), context.Session.NowOffset) switch
        {
            bool b => b,
            var other => throw new IncidentException(IncidentCodes.ConditionNotBoolean,
                $"The completion condition '{condition}' of '{context.Element.Id}' gave {(other is null ? "null" : "a " + FeelValues.TypeName(other))}, not a boolean."),
        };

    private static async Task TerminateInnerInstancesAsync(BpmnElementContext context)
    {
        var loop = context.Token.Loop!;
        var before = context.Session.Tokens.Count(t => t.ScopeId == context.Token.Id);
        await context.Behaviors.Activities.TerminateChildrenAsync(context).ConfigureAwait(false);
        loop.Terminated += before;
        loop.Active = 0;
        UpdateCounters(context.Token);
    }

    private static async Task CompleteBodyAsync(BpmnElementContext context)
    {
        var (body, element, behaviors) = (context.Token, context.Element, context.Behaviors);
        await behaviors.Boundaries.CloseAsync(body, element, activityWaitsForMessage: false, context.Cancellation).ConfigureAwait(false);
        if (element.MultiInstance!.OutputCollection is { } output)
        {
            behaviors.Variables.PropagateFromScopeOf(body, new JsonObject { [output] = body.Locals?[output]?.DeepClone() });
        }

        body.Loop = null;
        body.Status = TokenState.Active;
        behaviors.Flow.Leave(body, element);
    }

    private static void UpdateCounters(TokenState body)
    {
        var loop = body.Loop!;
        VariableBehavior.SetLocal(body, "numberOfActiveInstances", loop.Active);
        VariableBehavior.SetLocal(body, "numberOfCompletedInstances", loop.Completed);
        VariableBehavior.SetLocal(body, "numberOfTerminatedInstances", loop.Terminated);
    }
}
