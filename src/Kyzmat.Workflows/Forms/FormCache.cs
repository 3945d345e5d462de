using System.Collections.Concurrent;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Forms;

/// <summary>Parsed forms by version id; deployed versions never change, so they are kept for the process lifetime.</summary>
internal sealed class FormCache
{
    private readonly ConcurrentDictionary<string, CamundaForm> _forms = new(StringComparer.Ordinal);

    public async Task<CamundaForm> GetAsync(DbContext db, string formVersionId, CancellationToken ct)
    {
        if (_forms.TryGetValue(formVersionId, out var form))
        {
            return form;
        }

        var json = await db.Set<WorkflowFormRecord>().AsNoTracking().Where(f => f.Id == formVersionId).Select(f => f.Json).FirstOrDefaultAsync(ct).ConfigureAwait(false)
            ?? throw new WorkflowException(WorkflowErrorCodes.FormNotFound, $"The form '{formVersionId}' does not exist.");
        var parsed = CamundaFormParser.Parse(json);
        return parsed.Form is null
            ? throw new WorkflowException(WorkflowErrorCodes.FormInvalid, $"The stored form '{formVersionId}' no longer parses.", parsed.Findings)
            : _forms.GetOrAdd(formVersionId, parsed.Form);
    }
}
