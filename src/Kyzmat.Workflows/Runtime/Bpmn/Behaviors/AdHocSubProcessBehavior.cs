using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;
using Kyzmat.Workflows.Jobs;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>
/// Ad-hoc sub-processes, as Camunda 8.8 runs them (Zeebe's <c>BpmnAdHocSubProcessBehavior</c>): each activated element
/// runs in an inner instance of its own (a token at the ad-hoc sub-process, inside its token, holding the activation's
/// variables); when an inner instance has no token left, its path has ended: its output element is gathered, and the
/// completion condition (or the job worker) decides whether the ad-hoc sub-process completes.
/// </summary>
internal sealed partial class AdHocSubProcessBehavior(BpmnBehaviors behaviors)
{
    /// <summary>The local variable listing the activatable elements, which a job worker reads to decide.</summary>
    public const string ElementsVariable = "adHocSubProcessElements";

    private InstanceSession Session => behaviors.Session;

    /// <summary>The ad-hoc sub-process's own locals: the list of its activatable elements, and its output collection, empty.</summary>
    public void SetLocals(TokenState token, BpmnElement adHoc)
    {
        var elements = Session.Model.AdHocActivitiesOf(adHoc.Id).Select(e => (JsonNode?)new JsonObject
        {
            ["elementId"] = e.Id,
            ["elementName"] = e.Name,
            ["documentation"] = e.Documentation,
            ["properties"] = new JsonObject(e.Properties.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))),
            ["parameters"] = new JsonArray(),
        });
        VariableBehavior.SetLocal(token, ElementsVariable, new JsonArray(elements.ToArray()));
        if (adHoc.AdHoc!.OutputCollection is { } output)
        {
            VariableBehavior.SetLocal(token, output, new JsonArray());
        }
    }

    /// <summary>The ids that are not activatable elements of the ad-hoc sub-process.</summary>
    public List<string> Unknown(BpmnElement adHoc, IEnumerable<string> ids)
    {
        var activatable = Session.Model.AdHocActivitiesOf(adHoc.Id).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return ids.Where(id => !activatable.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Activates an inner element in an inner instance of its own, whose locals are <paramref name="variables"/>.</summary>
    public void Activate(TokenState adHocToken, BpmnElement adHoc, string elementId, JsonObject? variables)
    {
        var inner = new TokenState
        {
            Id = Guid.NewGuid(), ElementId = adHoc.Id, ScopeId = adHocToken.Id, Status = TokenState.Waiting, AdHocInner = true,
            Locals = variables is { Count: > 0 } ? (JsonObject)variables.DeepClone() : null,
        };
        if (adHoc.AdHoc!.OutputElement is { } outputElement && PlainName().Match(outputElement) is { Success: true } name)
        {
            // As Zeebe: the variable the output element reads is declared in the path's scope, so that a result of that name
            // stays with its path (several paths run at once) instead of landing on the instance.
            (inner.Locals ??= [])[name.Groups[1].Value] ??= null;
        }

        Session.Tokens.Add(inner);
        behaviors.Agenda.CreateToken(elementId, inner.Id);
    }

    /// <summary>
    /// An inner instance has no token left: its path ended. The output element is gathered, then, without a job worker, the
    /// completion condition decides (no condition: complete once no path runs); with one, the worker's decision stands if it
    /// fulfilled the condition, else a new job asks it again. Nothing is changed when an expression fails (an incident on
    /// the inner instance, which resolving retries).
    /// </summary>
    public async Task PathEndedAsync(BpmnElementContext adHoc, TokenState inner)
    {
        var definition = adHoc.Element.AdHoc!;
        var token = adHoc.Token;
        JsonNode? before = null;
        if (definition.OutputCollection is { } output)
        {
            var value = FeelExpression.Cached(definition.OutputElement!).Evaluate(behaviors.Variables.ViewOf(inner), Session.NowOffset);
            if (token.Locals?[output] is not JsonArray collected)
            {
                throw new IncidentException(IncidentCodes.ExtractValueError, $"The output collection '{output}' of '{adHoc.Element.Id}' is no longer a list.");
            }

            before = collected.DeepClone();
            collected.Add(FeelValues.ToJson(value));
        }

        bool? satisfied = null;
        if (definition.CompletionCondition is { } condition)
        {
            try
            {
                satisfied = IsTrue(adHoc, condition);
            }
            catch (Exception ex) when (ex is IncidentException or FeelException)
            {
                if (before is not null)
                {
                    token.Locals![definition.OutputCollection!] = before;
                }

                throw;
            }
        }

        Session.Tokens.Remove(inner);
        if (definition.IsJobWorker)
        {
            await RemoveJobAsync(adHoc).ConfigureAwait(false);
            if (token.AdHoc is { CompletionConditionFulfilled: true } decided)
            {
                await CompletionConditionFulfilledAsync(adHoc, decided.CancelRemainingInstances).ConfigureAwait(false);
            }
            else
            {
                CreateJob(adHoc);
            }
        }
        else if (satisfied is null)
        {
            if (!HasInnerInstances(token))
            {
                await CompleteAsync(adHoc).ConfigureAwait(false);
            }
        }
        else if (satisfied.Value)
        {
            await CompletionConditionFulfilledAsync(adHoc, definition.CancelRemainingInstances).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The job worker decided: its variables are merged from the ad-hoc sub-process outwards, the elements it names are
    /// activated, and a fulfilled completion condition completes the ad-hoc sub-process (at once when nothing runs or the
    /// rest is cancelled; else when the last path ends). A result Camunda would reject fails the job instead.
    /// </summary>
    public async Task JobCompletedAsync(BpmnElementContext adHoc, ServiceTaskResult result)
    {
        var decision = result.AdHocSubProcess ?? new AdHocSubProcessResult([]);
        var ids = decision.ActivateElements.Select(a => a.ElementId).ToList();
        if (Unknown(adHoc.Element, ids) is { Count: > 0 } unknown)
        {
            throw new WorkflowException(WorkflowErrorCodes.AdHocResultInvalid,
                $"Expected to activate activities for ad-hoc sub-process '{adHoc.Element.Id}', but the given elements [{string.Join(", ", unknown)}] do not exist.");
        }

        if (decision.IsCompletionConditionFulfilled && ids.Count > 0)
        {
            throw new WorkflowException(WorkflowErrorCodes.AdHocResultInvalid,
                $"The job of ad-hoc sub-process '{adHoc.Element.Id}' cannot activate elements and fulfill the completion condition at once.");
        }

        if (result.Variables is { Count: > 0 } variables)
        {
            behaviors.Variables.PropagateFrom(adHoc.Token, variables);
        }

        adHoc.Token.AdHoc = new AdHocState
        {
            CompletionConditionFulfilled = decision.IsCompletionConditionFulfilled,
            CancelRemainingInstances = decision.IsCancelRemainingInstances,
        };
        foreach (var activation in decision.ActivateElements)
        {
            Activate(adHoc.Token, adHoc.Element, activation.ElementId, activation.Variables);
        }

        if (decision.IsCompletionConditionFulfilled)
        {
            await CompletionConditionFulfilledAsync(adHoc, decision.IsCancelRemainingInstances).ConfigureAwait(false);
        }
    }

    /// <summary>A job for the worker to decide the next step (one at a time: the caller removed the previous one).</summary>
    public void CreateJob(BpmnElementContext adHoc)
    {
        var type = behaviors.Expressions.EvaluateText(adHoc.Token, adHoc.Element.TaskType)
            ?? throw new IncidentException(IncidentCodes.ExpressionFailed, $"The task type '{adHoc.Element.TaskType}' of '{adHoc.Element.Id}' gave null.");
        behaviors.Jobs.Create(adHoc.Token, adHoc.Element.Id, JobKinds.AdHocSubProcess, type, Session.Now, adHoc.Element.Retries);
    }

    /// <summary>
    /// The completion condition is fulfilled: with cancelRemainingInstances the inner instances still running are terminated
    /// and the ad-hoc sub-process completes; without, it completes once none runs (now, or when the last path ends).
    /// </summary>
    public async Task CompletionConditionFulfilledAsync(BpmnElementContext adHoc, bool cancelRemainingInstances)
    {
        if (cancelRemainingInstances && HasInnerInstances(adHoc.Token))
        {
            await behaviors.Activities.TerminateChildrenAsync(adHoc).ConfigureAwait(false);
        }

        if (!HasInnerInstances(adHoc.Token))
        {
            await CompleteAsync(adHoc).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The ad-hoc sub-process completes: its boundary events and open job closed, its output collection propagated to the
    /// scope around it, its output mappings applied, and its token leaves.
    /// </summary>
    public async Task CompleteAsync(BpmnElementContext adHoc)
    {
        var (token, element) = (adHoc.Token, adHoc.Element);
        await behaviors.Boundaries.CloseAsync(token, element, activityWaitsForMessage: false, adHoc.Cancellation).ConfigureAwait(false);
        if (element.AdHoc!.IsJobWorker)
        {
            await RemoveJobAsync(adHoc).ConfigureAwait(false);
        }

        if (element.AdHoc.OutputCollection is { } output)
        {
            behaviors.Variables.PropagateFromScopeOf(token, new JsonObject { [output] = token.Locals?[output]?.DeepClone() });
        }

        behaviors.Variables.ApplyOutputsInStep(token, element, null);
        token.AdHoc = null;
        token.Status = TokenState.Active;
        behaviors.Flow.Leave(token, element);
    }

    private bool HasInnerInstances(TokenState adHocToken) => Session.Tokens.Exists(t => t.ScopeId == adHocToken.Id);

    private async Task RemoveJobAsync(BpmnElementContext adHoc) =>
        Session.RemoveAll((await Session.JobsOfTokenAsync(adHoc.Token.Id, adHoc.Cancellation).ConfigureAwait(false))
            .Where(j => j.Kind == JobKinds.AdHocSubProcess).ToList());

    private bool IsTrue(BpmnElementContext adHoc, string condition) =>
        behaviors.Expressions.Evaluate(adHoc.Token, condition) switch
        {
            bool b => b,
            var other => throw new IncidentException(IncidentCodes.ExtractValueError,
                $"Failed to evaluate completion condition '{condition}' of '{adHoc.Element.Id}': it gave {(other is null ? "null" : "a " + FeelValues.TypeName(other))}, not a boolean."),
        };

    [GeneratedRegex(@"^\s*=?\s*([A-Za-z_][A-Za-z0-9_]*)\s*$")]
    private static partial Regex PlainName();
}
