using System.Globalization;
using Kyzmat.Recruitment.Common;
using PdfSharp.Pdf;

namespace Kyzmat.Recruitment.Applications;

/// <summary>Renders the application document («Арыз») as a PDF in the citizen's language (ky, ru or en).</summary>
public static class ApplicationDocumentRenderer
{
    /// <summary>The PDF's Info entry that carries the application number, read back when a PDF is verified.</summary>
    public const string NumberKey = "/KyzmatApplicationNumber";

    public static byte[] Render(ApplicationDocumentContent content)
    {
        var wording = ApplicationDocumentWording.Of(content);
        var language = wording.Language;
        string T(LocalizedText text) => text.In(language);
        string Day(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

        using var document = new PdfDocument();
        PdfComposer.UseFastCompression(document);
        document.Info.Title = $"{T(ApplicationTexts.Title)} {content.Number}";
        document.Info.Subject = content.Vacancy.Title;
        document.Info.Creator = "Kyzmat";
        document.Info.Elements.SetString(NumberKey, content.Number);
        using (var pdf = new PdfComposer(document))
        {
            pdf.RightAligned(wording.Addressee);
            pdf.RightAligned($"{content.Applicant.FullName}, {T(ApplicationTexts.Pin)} {content.Applicant.Pin}");
            pdf.Heading(wording.Title);
            pdf.Paragraph(wording.Request);
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
            foreach (var line in wording.Education)
            {
                pdf.Paragraph(line);
            }

            pdf.Subheading(T(ApplicationTexts.Work));
            foreach (var line in wording.Work)
            {
                pdf.Paragraph(line);
            }

            pdf.Subheading(T(ApplicationTexts.Consents));
            foreach (var consent in wording.Consents)
            {
                pdf.Paragraph(consent);
            }

            pdf.RightAligned(wording.Date);
        }

        // Sized for a typical document (about 50 KB): growing a stream from empty copied it a dozen times.
        using var output = new MemoryStream(64 * 1024);
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
