using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Kyzmat.Workflows.Runtime;

/// <summary>A token: where one thread of execution is, and in which scope (embedded sub-process token) it runs.</summary>
internal sealed class TokenState
{
    public const string Active = "Active";
    public const string Waiting = "Waiting";
    public const string Joining = "Joining";
    public const string Incident = "Incident";

    public Guid Id { get; set; }

    public string ElementId { get; set; } = "";

    /// <summary>The token waiting at the enclosing embedded sub-process; null at process level.</summary>
    public Guid? ScopeId { get; set; }

    public string Status { get; set; } = Active;

    /// <summary>The sequence flow the token arrived by (used by parallel joins).</summary>
    public string? ArrivedVia { get; set; }

    /// <summary>
    /// The local variables of the element the token is at (its input mappings, as Zeebe's element scope); seen by
    /// the element and, for a sub-process, by every token inside it. Null when it has none; dropped when the token leaves.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Locals { get; set; }

    /// <summary>An inner instance of a multi-instance activity: which one (1-based, the loopCounter); its scope is the body's token.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? LoopCounter { get; set; }

    /// <summary>Listeners of the element (or of the process) the token waits for; null when none runs.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ListenerState? Listener { get; set; }

    /// <summary>
    /// Its user task's element was terminated and the task's canceling listeners run: the token stays, outside every scope,
    /// only for them (it holds back the instance's completion, as Zeebe's terminating element does, but no other step).
    /// </summary>
    [JsonIgnore]
    public bool Canceling => Listener is { EventType: Definitions.ListenerEvents.Canceling };

    /// <summary>
    /// An event sub-process just triggered: the variables its event brought (a message's, an error's), handed to its start
    /// event when it activates in the same command; never stored.
    /// </summary>
    [JsonIgnore]
    public JsonObject? EventVariables { get; set; }

    /// <summary>
    /// An inner instance of an ad-hoc sub-process (Zeebe's AD_HOC_SUB_PROCESS_INNER_INSTANCE): the scope one activated
    /// element's path runs in, at the ad-hoc sub-process's element, inside its token. Its locals are the variables the
    /// activation brought; when its last token ends, the path has ended.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool AdHocInner { get; set; }

    /// <summary>An ad-hoc sub-process run by a job worker: what the worker decided about its completion; null otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AdHocState? AdHoc { get; set; }

    /// <summary>A multi-instance body: its items and counts.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MultiInstanceState? Loop { get; set; }
}
