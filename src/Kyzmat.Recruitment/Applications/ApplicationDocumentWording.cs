using System.Globalization;
using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// The sentences of the application document in its own language (Kyrgyz, Russian or English), made once from the frozen content:
/// the PDF prints them and the portal shows them on screen («Арыз»), so both say exactly the same.
/// </summary>
public sealed record ApplicationDocumentWording(
    string Language,
    string Addressee,
    string Title,
    string Request,
    IReadOnlyList<string> Education,
    IReadOnlyList<string> Work,
    IReadOnlyList<string> Consents,
    string Date)
{
    private static readonly TimeSpan BishkekOffset = TimeSpan.FromHours(6);

    /// <summary>The document's language: the citizen's when it is Russian or English, otherwise Kyrgyz.</summary>
    public static string LanguageOf(ApplicationDocumentContent content) => content.Language is "ru" or "en" ? content.Language : "ky";

    public static ApplicationDocumentWording Of(ApplicationDocumentContent content)
    {
        var language = LanguageOf(content);
        string T(LocalizedText text) => text.In(language);
        string Day(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        string Period(DateOnly start, DateOnly? end) => $"{Day(start)} – {(end is { } e ? Day(e) : T(ApplicationTexts.Present))}";
        return new ApplicationDocumentWording(
            language,
            string.Format(CultureInfo.InvariantCulture, T(ApplicationTexts.To), content.Vacancy.StateBody),
            T(ApplicationTexts.Title),
            string.Format(CultureInfo.InvariantCulture, T(ApplicationTexts.Request), content.Applicant.FullName, content.Vacancy.Title, content.Vacancy.Code),
            [.. content.Education.Select(e => $"{Period(e.StartDate, e.EndDate)}: {e.Institution}; {e.Speciality}; {e.Qualification}")],
            [.. content.Work.Select(w => $"{Period(w.StartDate, w.EndDate)}: {w.Organisation}; {w.Position}")],
            [T(ApplicationTexts.PersonalData), T(ApplicationTexts.AntiCorruption)],
            $"{T(ApplicationTexts.Date)}: {content.CreatedAt.ToOffset(BishkekOffset):dd.MM.yyyy}");
    }
}
