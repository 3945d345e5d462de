namespace Kyzmat.Workflows.Runtime;

/// <summary>Read access to deployed definitions (for the designer and administration).</summary>
public interface IWorkflowDefinitions
{
    /// <summary>Every version of every key, newest first within a key; without XML.</summary>
    Task<IReadOnlyList<DefinitionInfo>> ListAsync(CancellationToken ct = default);

    /// <summary>One version with its XML; DEFINITION_NOT_FOUND when absent.</summary>
    Task<DefinitionInfo> GetAsync(string definitionId, CancellationToken ct = default);

    /// <summary>The latest version of a key with its XML, or null when the key was never deployed.</summary>
    Task<DefinitionInfo?> GetLatestAsync(string key, CancellationToken ct = default);
}
