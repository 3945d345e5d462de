using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Containers;

/// <summary>
/// An ad-hoc sub-process, as Camunda 8.8 runs it. After its input mappings it lists its activatable elements
/// (<c>adHocSubProcessElements</c>) and starts an empty output collection; then either its activeElementsCollection is
/// evaluated and each element named is activated in an inner instance of its own (BPMN implementation), or a job asks its
/// worker which to activate (job worker implementation, a zeebe:taskDefinition). Its boundary events are open while it
/// runs. It completes as <see cref="Behaviors.AdHocSubProcessBehavior"/> decides when a path ends.
/// </summary>
internal sealed class AdHocSubProcessProcessor : IContainerProcessor
{
    public Task ActivateAsync(BpmnElementContext context)
    {
        var (token, element, behaviors) = (context.Token, context.Element, context.Behaviors);
        var definition = element.AdHoc!;
        var attachments = behaviors.Boundaries.Prepare(token, element);
        var toActivate = definition.IsJobWorker ? [] : ActiveElements(context, definition);
        behaviors.AdHocSubProcesses.SetLocals(token, element);
        if (definition.IsJobWorker)
        {
            token.AdHoc = new AdHocState();
            behaviors.AdHocSubProcesses.CreateJob(context);
        }

        behaviors.Boundaries.Open(token, attachments);
        token.Status = TokenState.Waiting;
        foreach (var id in toActivate)
        {
            behaviors.AdHocSubProcesses.Activate(token, element, id, null);
        }

        return Task.CompletedTask;
    }

    /// <summary>Its inner instances come and go with their paths (<see cref="AdHocInnerInstanceProcessor"/>): no step here.</summary>
    public Task ChildrenCompletedAsync(BpmnElementContext context)
    {
        context.Token.Status = TokenState.Waiting;
        return Task.CompletedTask;
    }

    public Task CompleteAsync(BpmnElementContext context, JsonObject? result) =>
        throw new WorkflowException(WorkflowErrorCodes.ElementNotFound, $"'{context.Element.Id}' completes as its completion condition or its job worker decides, not on request.");

    public async Task TerminateAsync(BpmnElementContext context)
    {
        await context.Behaviors.Activities.TerminateChildrenAsync(context).ConfigureAwait(false);
        await context.Behaviors.Activities.TerminateAsync(context).ConfigureAwait(false);
    }

    /// <summary>
    /// The elements the activeElementsCollection names: none without one; a list of strings, each an activatable element's id,
    /// else an EXTRACT_VALUE_ERROR incident, as Zeebe raises it.
    /// </summary>
    private static List<string> ActiveElements(BpmnElementContext context, AdHocDefinition definition)
    {
        if (definition.ActiveElementsCollection is not { } expression)
        {
            return [];
        }

        object? value;
        try
        {
            value = context.Behaviors.Expressions.Evaluate(context.Token, expression);
        }
        catch (FeelException ex)
        {
            throw new IncidentException(IncidentCodes.ExtractValueError, $"Failed to activate ad-hoc elements. {ex.Message}");
        }

        if (value is not List<object?> list || list.Any(item => item is not string))
        {
            throw new IncidentException(IncidentCodes.ExtractValueError,
                $"Failed to activate ad-hoc elements. Expected the activeElementsCollection '{expression}' to be a list of strings, but it gave {Describe(value)}.");
        }

        var ids = list.Cast<string>().ToList();
        if (context.Behaviors.AdHocSubProcesses.Unknown(context.Element, ids) is { Count: > 0 } unknown)
        {
            throw new IncidentException(IncidentCodes.ExtractValueError,
                $"Failed to activate ad-hoc elements. No BPMN elements found with ids: {string.Join(", ", unknown.Select(id => $"'{id}'"))}.");
        }

        return ids;
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        List<object?> list => "a list of " + string.Join(", ", list.Select(i => i is null ? "null" : FeelValues.TypeName(i)).Distinct()),
        _ => "a " + FeelValues.TypeName(value),
    };
}
