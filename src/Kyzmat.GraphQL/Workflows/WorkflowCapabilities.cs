using Kyzmat.Workflows.Parsing;

namespace Kyzmat.GraphQL.Workflows;

/// <summary>The engine's capability contract as the designer reads it.</summary>
public sealed record WorkflowCapabilities(IReadOnlyList<ElementCapability> Supported, IReadOnlyList<ElementCapability> Rejected)
{
    public static WorkflowCapabilities Current { get; } = new(BpmnCapabilities.Supported, BpmnCapabilities.Rejected);
}
