namespace Kyzmat.Workflows.Definitions;

/// <summary>A parsed, validated executable process.</summary>
public sealed class ProcessModel
{
    private readonly Dictionary<string, List<BpmnElement>> _boundaries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<BpmnElement>> _eventSubProcessStarts = new(StringComparer.Ordinal);
    private readonly List<BpmnElement> _processEventSubProcessStarts = [];

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

        foreach (var start in elements.Values.Where(e => e.StartsEventSubProcess))
        {
            var scopeId = elements[start.ParentId!].ParentId;
            if (scopeId is null)
            {
                _processEventSubProcessStarts.Add(start);
            }
            else if (_eventSubProcessStarts.TryGetValue(scopeId, out var list))
            {
                list.Add(start);
            }
            else
            {
                _eventSubProcessStarts[scopeId] = [start];
            }
        }
    }

    /// <summary>The BPMN process id, used as the definition key.</summary>
    public string Id { get; }

    public string? Name { get; }

    /// <summary>The process's zeebe:versionTag, if it has one.</summary>
    public string? VersionTag { get; init; }

    /// <summary>The process's zeebe:executionListeners: start ones run as an instance starts, end ones as it completes.</summary>
    public IReadOnlyList<ListenerDefinition> ExecutionListeners { get; init; } = [];

    public IReadOnlyList<ListenerDefinition> ListenersOf(string eventType) =>
        ExecutionListeners.Count == 0 ? [] : ExecutionListeners.Where(l => l.EventType == eventType).ToList();

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

    /// <summary>
    /// The start events of the event sub-processes that listen while the scope runs: the process's (scope null) or
    /// those inside an embedded or event sub-process.
    /// </summary>
    public IReadOnlyList<BpmnElement> EventSubProcessStartsOf(string? scopeElementId) =>
        scopeElementId is null ? _processEventSubProcessStarts
        : _eventSubProcessStarts.TryGetValue(scopeElementId, out var list) ? list : [];

    /// <summary>The start event of an event sub-process (exactly one: the parser refuses any other).</summary>
    public BpmnElement StartOfEventSubProcess(string eventSubProcessId) =>
        Elements.Values.First(e => e.StartsEventSubProcess && e.ParentId == eventSubProcessId);

    /// <summary>
    /// The elements an ad-hoc sub-process can activate, in document order: its inner flow nodes with no incoming sequence
    /// flow, other than boundary events, event sub-processes and compensation handlers (as Zeebe's transformer picks them).
    /// </summary>
    public IReadOnlyList<BpmnElement> AdHocActivitiesOf(string adHocId)
    {
        lock (_adHocActivities)
        {
            if (!_adHocActivities.TryGetValue(adHocId, out var list))
            {
                _adHocActivities[adHocId] = list = Elements.Values
                    .Where(e => e.ParentId == adHocId && e.Incoming.Count == 0 && !e.IsBoundaryEvent && !e.IsForCompensation
                        && e.Kind is not (ElementKind.EventSubProcess or ElementKind.StartEvent or ElementKind.EndEvent))
                    .ToList();
            }

            return list;
        }
    }

    private readonly Dictionary<string, List<BpmnElement>> _adHocActivities = new(StringComparer.Ordinal);

    public IReadOnlyList<BpmnElement> BoundariesOf(string activityId) =>
        _boundaries.TryGetValue(activityId, out var list) ? list : [];
}
