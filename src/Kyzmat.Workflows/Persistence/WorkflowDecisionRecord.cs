namespace Kyzmat.Workflows.Persistence;

/// <summary>
/// A deployed version of a DMN decision (table wf_decisions; decision 0100): one row per decision of a DRG, each
/// holding the whole DRG's XML, since a decision is evaluated with the decisions it requires.
/// </summary>
public class WorkflowDecisionRecord
{
    /// <summary>"{decisionId}:{version}".</summary>
    public string Id { get; set; } = "";

    /// <summary>The DMN decision id, which a business rule task's zeebe:calledDecision names.</summary>
    public string DecisionId { get; set; } = "";

    public int Version { get; set; }

    public string? Name { get; set; }

    /// <summary>The id of the DRG (the DMN 'definitions') the decision belongs to.</summary>
    public string DrgId { get; set; } = "";

    public string? DrgName { get; set; }

    public string? ResourceName { get; set; }

    /// <summary>SHA-256 of the DRG's XML, hex; deploying identical XML again is a no-op.</summary>
    public string Hash { get; set; } = "";

    public string Xml { get; set; } = "";

    /// <summary>The decision's versionTag, which a business rule task may bind to.</summary>
    public string? VersionTag { get; set; }

    public DateTime DeployedAt { get; set; }
}
