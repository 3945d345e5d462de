namespace Kyzmat.Workflows.Definitions;

/// <summary>
/// An ad-hoc sub-process as Camunda 8.8 reads it: zeebe:adHoc activeElementsCollection (FEEL, the inner elements to
/// activate on entry), outputCollection / outputElement (each inner path's output gathered into a list), the
/// bpmn:completionCondition (FEEL, evaluated each time an inner path ends) and cancelRemainingInstances (default true).
/// With a zeebe:taskDefinition (<see cref="BpmnElement.TaskType"/>) a job worker decides instead (<see cref="IsJobWorker"/>).
/// </summary>
public sealed record AdHocDefinition(
    string? ActiveElementsCollection,
    string? CompletionCondition,
    bool CancelRemainingInstances,
    string? OutputCollection,
    string? OutputElement,
    bool IsJobWorker);
