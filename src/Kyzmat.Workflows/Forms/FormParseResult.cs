using Kyzmat.Workflows.Parsing;

namespace Kyzmat.Workflows.Forms;

/// <summary>The form, or why it cannot be deployed (findings name the component's id or key).</summary>
public sealed record FormParseResult(CamundaForm? Form, IReadOnlyList<Finding> Findings)
{
    public bool IsValid => Form is not null && Findings.Count == 0;
}
