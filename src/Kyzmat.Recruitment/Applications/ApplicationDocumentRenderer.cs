using System.Globalization;
using Kyzmat.Recruitment.Common;
using PdfSharp.Pdf;

namespace Kyzmat.Recruitment.Applications;

/// <summary>Renders the application document («Арыз») as a PDF in the citizen's language (ky or ru).</summary>
public static class ApplicationDocumentRenderer
{
    /// <summary>The PDF's Info entry that carries the application number, read back when a PDF is verified.</summary>
    public const string NumberKey = "/KyzmatApplicationNumber";

    private static readonly TimeSpan BishkekOffset = TimeSpan.FromHours(6);

    public static byte[] Render(ApplicationDocumentContent content)
    {
        var language = content.Language == "ru" ? "ru" : "ky";
        string T(LocalizedText text) => text.In(language);
        string Day(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

        using var document = new PdfDocument();
        document.Info.Title = $"{T(ApplicationTexts.Title)} {content.Number}";
        document.Info.Subject = content.Vacancy.Title;
        document.Info.Creator = "Kyzmat";
        document.Info.Elements.SetString(NumberKey, content.Number);
        using (var pdf = new PdfComposer(document))
        {
            pdf.RightAligned(string.Format(CultureInfo.InvariantCulture, T(ApplicationTexts.To), content.Vacancy.StateBody));
            pdf.RightAligned($"{content.Applicant.FullName}, {T(ApplicationTexts.Pin)} {content.Applicant.Pin}");
            pdf.Heading(T(ApplicationTexts.Title));
            pdf.Paragraph(string.Format(CultureInfo.InvariantCulture, T(ApplicationTexts.Request), content.Applicant.FullName, content.Vacancy.Title, content.Vacancy.Code));
            pdf.Line(T(ApplicationTexts.Number), content.Number);
            pdf.Line(T(ApplicationTexts.Office), $"{content.Office.Name}, {content.Office.Address}");

            pdf.Subheading(T(ApplicationTexts.Applicant));
            pdf.Line(T(ApplicationTexts.Born), Day(content.Applicant.DateOfBirth));
            pdf.Line(T(ApplicationTexts.Contacts), string.Join(", ", new[] { content.Applicant.Email, content.Applicant.Phone }.Where(s => !string.IsNullOrWhiteSpace(s))));
            if (!string.IsNullOrWhiteSpace(content.Applicant.Address))
            {
                pdf.Line(T(ApplicationTexts.Address), content.Applicant.Address);
            }

            pdf.Subheading(T(ApplicationTexts.Education));
            foreach (var e in content.Education)
            {
                pdf.Paragraph($"{Day(e.StartDate)} – {(e.EndDate is { } end ? Day(end) : T(ApplicationTexts.Present))}: {e.Institution}; {e.Speciality}; {e.Qualification}");
            }

            pdf.Subheading(T(ApplicationTexts.Work));
            foreach (var w in content.Work)
            {
                pdf.Paragraph($"{Day(w.StartDate)} – {(w.EndDate is { } end ? Day(end) : T(ApplicationTexts.Present))}: {w.Organisation}; {w.Position}");
            }

            pdf.Subheading(T(ApplicationTexts.Consents));
            pdf.Paragraph(T(ApplicationTexts.PersonalData));
            pdf.Paragraph(T(ApplicationTexts.AntiCorruption));
            pdf.RightAligned($"{T(ApplicationTexts.Date)}: {content.CreatedAt.ToOffset(BishkekOffset):dd.MM.yyyy}");
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
