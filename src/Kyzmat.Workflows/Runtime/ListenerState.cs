using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Kyzmat.Workflows.Runtime;

/// <summary>
/// A token's listeners under way: which event's, which one runs (its job is the token's), and what goes on once all
/// have run — the flows an end listener holds the token back from, the completion a completing listener holds back,
/// the task's attributes a denied assignment or update goes back to.
/// </summary>
internal sealed class ListenerState
{
    public string EventType { get; set; } = "";

    /// <summary>The listener whose job runs now (0-based, in document order).</summary>
    public int Index { get; set; }

    /// <summary>Every listener of the event has run: the step they held back goes on.</summary>
    public bool Done { get; set; }

    /// <summary>The process's listeners (the instance starting or completing), not the token's element's.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool OfProcess { get; set; }

    /// <summary>End: the flows the token leaves by once the listeners have run (none: it ends).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Flows { get; set; }

    /// <summary>Completing: the variables the task was completed with, and by whom.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Completion { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CompletedBy { get; set; }

    /// <summary>
    /// Assigning, updating, completing: the task's attributes before the transition (see <see cref="Tasks.UserTaskRows.Snapshot"/>),
    /// which a denial restores — the change and every correction of the transition's listeners discarded.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? TaskBefore { get; set; }

    /// <summary>Assigning, updating: the history event recorded once the listeners have run (TaskClaimed, TaskAssigned, ...) and its actor.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Action { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Actor { get; set; }

    /// <summary>Creating: the model gave the task an assignee, which a creating listener may not correct (an assigning one may).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool AssigneeFromModel { get; set; }
}
