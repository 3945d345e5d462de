namespace Kyzmat.Workflows.Forms;

/// <summary>A parsed Camunda form (form-js JSON): its id, version tag and the input fields the server validates.</summary>
public sealed record CamundaForm(string Id, string? VersionTag, IReadOnlyList<FormField> Fields)
{
    /// <summary>The dotted paths of every field ("address.city"), which are the only variables a submission may set.</summary>
    public IReadOnlySet<string> Paths { get; } = Fields.Select(f => string.Join('.', f.Path)).ToHashSet(StringComparer.Ordinal);
}
