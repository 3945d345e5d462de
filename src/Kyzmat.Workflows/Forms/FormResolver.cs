using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Forms;

/// <summary>
/// Which form version a zeebe:formDefinition formId binds to: "latest", the newest with a "versionTag", or "deployment" —
/// the newest deployed no later than the process definition (forms and processes are deployed one resource at a time here).
/// </summary>
internal static class FormResolver
{
    public static Task<string?> ResolveAsync(DbContext db, FormDefinition link, DateTime? definitionDeployedAt, CancellationToken ct)
    {
        var forms = db.Set<WorkflowFormRecord>().AsNoTracking().Where(f => f.FormId == link.FormId);
        if (link.BindingType == "versionTag")
        {
            forms = forms.Where(f => f.VersionTag == link.VersionTag);
        }
        else if (link.BindingType == "deployment" && definitionDeployedAt is { } deployedAt)
        {
            forms = forms.Where(f => f.DeployedAt <= deployedAt);
        }

        return forms.OrderByDescending(f => f.Version).Select(f => f.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Findings for the user tasks of <paramref name="models"/> whose linked form is not deployed.</summary>
    public static async Task<IReadOnlyList<Finding>> MissingFormsAsync(DbContext db, IEnumerable<ProcessModel> models, CancellationToken ct)
    {
        var findings = new List<Finding>();
        foreach (var element in models.SelectMany(m => m.Elements.Values).Where(e => e.Kind == ElementKind.UserTask && e.Form?.FormId is not null))
        {
            if (await ResolveAsync(db, element.Form!, null, ct).ConfigureAwait(false) is null)
            {
                findings.Add(new Finding(element.Id, FormFindingCodes.FormNotFound, element.Form!.BindingType == "versionTag"
                    ? $"The form '{element.Form.FormId}' with version tag '{element.Form.VersionTag}' is not deployed; deploy the form first."
                    : $"The form '{element.Form.FormId}' is not deployed; deploy the form first."));
            }
        }

        return findings;
    }
}
