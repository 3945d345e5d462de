namespace Kyzmat.Workflows.Persistence;

/// <summary>A deployed version of a Camunda form (table wf_forms); see docs/decisions/0105-camunda-forms.md.</summary>
public class WorkflowFormRecord
{
    /// <summary>"{formId}:{version}".</summary>
    public string Id { get; set; } = "";

    /// <summary>The form's own "id" (what zeebe:formDefinition formId names).</summary>
    public string FormId { get; set; } = "";

    public int Version { get; set; }

    /// <summary>The form's "versionTag", which a user task may bind to.</summary>
    public string? VersionTag { get; set; }

    public string? ResourceName { get; set; }

    /// <summary>SHA-256 of the JSON text, hex; deploying identical JSON again is a no-op.</summary>
    public string Hash { get; set; } = "";

    public string Json { get; set; } = "";

    public DateTime DeployedAt { get; set; }
}
