namespace Kyzmat.Workflows.Definitions;

/// <summary>A parsed, validated executable process.</summary>
public sealed class ProcessModel
{
    private readonly Dictionary<string, List<BpmnElement>> _boundaries = new(StringComparer.Ordinal);

    public ProcessModel(string id, string? name, IReadOnlyDictionary<string, BpmnElement> elements, IReadOnlyDictionary<string, SequenceFlow> flows)
    {
        Id = id;
        Name = name;
        Elements = elements;
        Flows = flows;
        foreach (var element in elements.Values.Where(e => e.AttachedToId is not null))
        {
            if (!_boundaries.TryGetValue(element.AttachedToId!, out var list))
            {
                _boundaries[element.AttachedToId!] = list = [];
            }

            list.Add(element);
        }
    }

    /// <summary>The BPMN process id, used as the definition key.</summary>
    public string Id { get; }

    public string? Name { get; }

    /// <summary>The process's zeebe:versionTag, if it has one.</summary>
    public string? VersionTag { get; init; }

    /// <summary>The process's zeebe:executionListeners: start ones run as an instance starts, end ones as it completes.</summary>
    public IReadOnlyList<ListenerDefinition> ExecutionListeners { get; init; } = [];

    public IReadOnlyList<ListenerDefinition> ListenersOf(string eventType) => ExecutionListeners.Where(l => l.EventType == eventType).ToList();

    public IReadOnlyDictionary<string, BpmnElement> Elements { get; }

    public IReadOnlyDictionary<string, SequenceFlow> Flows { get; }

    public BpmnElement Element(string id) =>
        Elements.TryGetValue(id, out var element)
            ? element
            : throw new WorkflowException(WorkflowErrorCodes.ElementNotFound, $"Element '{id}' does not exist in process '{Id}'.");

    /// <summary>The none start event of the process (scope null) or of an embedded sub-process.</summary>
    public BpmnElement StartEventOf(string? scopeElementId) =>
        Elements.Values.FirstOrDefault(e => e.Kind == ElementKind.StartEvent && e.ParentId == scopeElementId)
            ?? throw new WorkflowException(WorkflowErrorCodes.StartEventMissing,
                $"The process '{Id}' has no none start event: it starts only by its timer or message start events.");

    /// <summary>The process's timer and message start events, which deployment subscribes.</summary>
    public IEnumerable<BpmnElement> EventStarts =>
        Elements.Values.Where(e => e.ParentId is null && e.Kind is ElementKind.TimerStartEvent or ElementKind.MessageStartEvent or ElementKind.SignalStartEvent);

    public IReadOnlyList<BpmnElement> BoundariesOf(string activityId) =>
        _boundaries.TryGetValue(activityId, out var list) ? list : [];
}
