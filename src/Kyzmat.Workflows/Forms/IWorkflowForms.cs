namespace Kyzmat.Workflows.Forms;

/// <summary>Camunda forms as deployed resources: deployed like processes (same JSON a no-op, changed JSON version N+1).</summary>
public interface IWorkflowForms
{
    /// <summary>Deploys form JSON; FORM_INVALID carries findings (nothing is stored).</summary>
    Task<FormDeploymentResult> DeployAsync(string json, string? resourceName = null, CancellationToken ct = default);

    /// <summary>The latest version of every form, by id.</summary>
    Task<IReadOnlyList<FormInfo>> ListAsync(CancellationToken ct = default);

    /// <summary>A form's version (the latest when <paramref name="version"/> is null), or null.</summary>
    Task<FormInfo?> GetAsync(string formId, int? version = null, CancellationToken ct = default);

    /// <summary>The form version a user task keeps (resolved when it was created), or null when it links none.</summary>
    Task<FormInfo?> GetOfTaskAsync(Guid taskId, CancellationToken ct = default);

    /// <summary>What the task's form shows when opened: the variables it references (<see cref="FormPrefill"/>), the task's own first.</summary>
    Task<System.Text.Json.Nodes.JsonObject> PrefillOfTaskAsync(Guid taskId, CancellationToken ct = default);
}
