using System.Globalization;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Vacancies;

/// <summary>Public announcement numbers: KZ-{year}-{sequence}, e.g. KZ-2026-0042 (the sequence widens past 9999).</summary>
internal static class VacancyCodes
{
    public static async Task<string> NextAsync(KyzmatDbContext db, int year, CancellationToken cancellationToken)
    {
        var prefix = $"KZ-{year.ToString(CultureInfo.InvariantCulture)}-";
        // Longest first, then highest: "KZ-2026-10000" sorts after "KZ-2026-9999".
        var last = await db.Vacancies.Where(v => v.Code.StartsWith(prefix))
            .OrderByDescending(v => v.Code.Length).ThenByDescending(v => v.Code)
            .Select(v => v.Code).FirstOrDefaultAsync(cancellationToken);
        var sequence = last is not null && int.TryParse(last.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n + 1 : 1;
        return prefix + sequence.ToString("D4", CultureInfo.InvariantCulture);
    }
}
