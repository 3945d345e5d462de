namespace Kyzmat.Workflows.Persistence;

/// <summary>A deployed version of a process (table wf_definitions).</summary>
public class WorkflowDefinitionRecord
{
    /// <summary>"{key}:{version}".</summary>
    public string Id { get; set; } = "";

    /// <summary>The BPMN process id.</summary>
    public string Key { get; set; } = "";

    public int Version { get; set; }

    public string? Name { get; set; }

    public string? ResourceName { get; set; }

    /// <summary>SHA-256 of the XML, hex; deploying identical XML again is a no-op.</summary>
    public string Hash { get; set; } = "";

    public string Xml { get; set; } = "";

    /// <summary>The process's zeebe:versionTag, which a call activity may bind to.</summary>
    public string? VersionTag { get; set; }

    public DateTime DeployedAt { get; set; }
}
