using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Forms;

/// <summary>The variables a valid submission sets (only the form's own keys), or the errors field by field.</summary>
public sealed record FormValidationResult(JsonObject Variables, IReadOnlyList<FormFieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
