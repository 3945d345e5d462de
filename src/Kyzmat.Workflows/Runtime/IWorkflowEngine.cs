using System.Text.Json.Nodes;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Messages;

namespace Kyzmat.Workflows.Runtime;

/// <summary>Deploys definitions and runs instances. Every command saves once, through the host's DbContext.</summary>
public interface IWorkflowEngine
{
    /// <summary>
    /// Deploys BPMN XML, or DMN XML (a 'definitions' root in a DMN namespace, or a resource name ending in .dmn) whose
    /// decisions a business rule task may call: identical XML is a no-op, changed XML becomes version N+1 (of each process,
    /// or of each decision). DEFINITION_INVALID carries findings.
    /// </summary>
    Task<DeploymentResult> DeployAsync(string xml, string? resourceName = null, CancellationToken ct = default);

    Task<WorkflowInstanceInfo> StartByKeyAsync(string key, string? businessKey = null, JsonObject? variables = null, CancellationToken ct = default);

    Task<WorkflowInstanceInfo> StartByDefinitionIdAsync(string definitionId, string? businessKey = null, JsonObject? variables = null, CancellationToken ct = default);

    /// <summary>
    /// Starts a test run of <paramref name="key"/> (its latest version, or <paramref name="version"/>): an instance marked
    /// <see cref="WorkflowInstanceInfo.IsTestRun"/>, with no business key, which service-task handlers see as one.
    /// </summary>
    Task<WorkflowInstanceInfo> StartTestRunAsync(string key, int? version, JsonObject? variables, string actor, CancellationToken ct = default);

    /// <summary>Cancels every active test run (of <paramref name="key"/>, or of every process); answers how many it cancelled.</summary>
    Task<int> CancelTestRunsAsync(string? key, string? actor = null, CancellationToken ct = default);

    Task<WorkflowInstanceInfo> GetInstanceAsync(Guid instanceId, CancellationToken ct = default);

    /// <summary>
    /// The instances started with a business key, newest first. A call activity's child carries its caller's business key
    /// (its tasks belong to the same case) but is not listed: it is reached through its caller.
    /// </summary>
    Task<IReadOnlyList<WorkflowInstanceInfo>> FindByBusinessKeyAsync(string businessKey, CancellationToken ct = default);

    /// <summary>
    /// Instances matching the query, newest first (then by id), with the total that matched; <see cref="PagedResult{T}.Page"/>
    /// is <c>Skip / Take</c>. For monitoring: reads only, loads each instance's definition from the cache.
    /// </summary>
    Task<PagedResult<WorkflowInstanceInfo>> QueryInstancesAsync(WorkflowInstanceQuery query, CancellationToken ct = default);

    /// <summary>Sets instance variables (recorded in the history with the actor); the instance must be active.</summary>
    Task SetVariablesAsync(Guid instanceId, JsonObject variables, string? actor = null, CancellationToken ct = default);

    Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(Guid instanceId, CancellationToken ct = default);

    /// <summary>
    /// The instance's incidents, oldest first, and those of the instances its call activities started (and so on down),
    /// each of those naming the call activity it happened under (<see cref="IncidentInfo.CalledFrom"/>).
    /// </summary>
    Task<IReadOnlyList<IncidentInfo>> GetIncidentsAsync(Guid instanceId, CancellationToken ct = default);

    /// <summary>Incidents of every instance, newest first, paged (0-based): what an operator must look at.</summary>
    Task<PagedResult<IncidentInfo>> QueryIncidentsAsync(bool openOnly = true, int page = 0, int pageSize = 50, CancellationToken ct = default);

    /// <summary>Resolves an incident: a failed job gets its retries back; any other incident re-runs its element.</summary>
    Task ResolveIncidentAsync(Guid incidentId, JsonObject? variables = null, CancellationToken ct = default);

    /// <summary>Correlates a message to every instance waiting for <paramref name="name"/> with <paramref name="correlationKey"/>.</summary>
    Task<MessageCorrelationResult> CorrelateMessageAsync(string name, string correlationKey, JsonObject? variables = null, CancellationToken ct = default);

    Task CancelAsync(Guid instanceId, string? actor = null, CancellationToken ct = default);

    /// <summary>
    /// Broadcasts a signal, as Camunda 8 does: every waiting signal catch, boundary and event-based gateway event goes
    /// on, and every process whose latest version has a signal start event for it starts. Returns the instances reached.
    /// </summary>
    Task<IReadOnlyList<Guid>> BroadcastSignalAsync(string name, JsonObject? variables = null, CancellationToken ct = default);

    /// <summary>Moves an instance to another version; <paramref name="mapping"/> maps source element ids to target ids (unmapped ids stay).</summary>
    Task MigrateAsync(Guid instanceId, string targetDefinitionId, IReadOnlyDictionary<string, string> mapping, CancellationToken ct = default);
}
