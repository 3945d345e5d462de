using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Kyzmat.Recruitment.Signatures.Pades;

/// <summary>
/// A signature field on a page: a widget whose appearance is the visible stamp, and its signature dictionary
/// (<c>/Adobe.PPKLite</c>, <c>/ETSI.CAdES.detached</c>) with the placeholders <see cref="PdfSignaturePlaceholder"/> fills.
/// </summary>
internal static class PdfSignatureField
{
    public static void Add(PdfDocument document, PdfPage page, XRect box, DateTimeOffset signedAt, Action<XGraphics> drawAppearance)
    {
        var form = new XForm(document, new XSize(box.Width, box.Height));
        using (var graphics = XGraphics.FromForm(form))
        {
            drawAppearance(graphics);
        }

        var appearance = FormObjectOf(document, form, box);

        var signature = new PdfDictionary(document);
        signature.Elements["/Type"] = new PdfName("/Sig");
        signature.Elements["/Filter"] = new PdfName("/Adobe.PPKLite");
        signature.Elements["/SubFilter"] = new PdfName("/ETSI.CAdES.detached");
        signature.Elements["/ByteRange"] = PdfSignaturePlaceholder.ByteRange();
        signature.Elements["/Contents"] = PdfSignaturePlaceholder.Contents();
        signature.Elements["/M"] = new PdfString("D:" + signedAt.UtcDateTime.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "Z");
        document.Internals.AddObject(signature);

        var widget = new PdfDictionary(document);
        widget.Elements["/Type"] = new PdfName("/Annot");
        widget.Elements["/Subtype"] = new PdfName("/Widget");
        widget.Elements["/FT"] = new PdfName("/Sig");
        widget.Elements["/T"] = new PdfString("KyzmatSignature");
        widget.Elements["/F"] = new PdfInteger(4); // printed
        var bottom = page.Height.Point - box.Bottom;
        widget.Elements["/Rect"] = new PdfRectangle(new XPoint(box.Left, bottom), new XPoint(box.Right, bottom + box.Height));
        widget.Elements.SetReference("/P", page);
        widget.Elements.SetReference("/V", signature);
        var appearances = new PdfDictionary(document);
        appearances.Elements["/N"] = appearance;
        widget.Elements["/AP"] = appearances;
        document.Internals.AddObject(widget);

        page.Elements["/Annots"] = new PdfArray(document, widget.Reference!);
        var acroForm = new PdfDictionary(document);
        acroForm.Elements["/Fields"] = new PdfArray(document, widget.Reference!);
        acroForm.Elements["/SigFlags"] = new PdfInteger(3); // signatures exist; append only
        document.Internals.Catalog.Elements["/AcroForm"] = acroForm;
    }

    /// <summary>
    /// PDFsharp keeps a form's PDF object to itself; drawn on a page, the form shows up in that page's resources. A
    /// scratch page lends its resources for that and is removed: the stamp is drawn once, by the widget.
    /// </summary>
    private static PdfReference FormObjectOf(PdfDocument document, XForm form, XRect box)
    {
        var scratch = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(scratch))
        {
            graphics.DrawImage(form, box);
        }

        var xObjects = scratch.Elements.GetDictionary("/Resources")!.Elements.GetDictionary("/XObject")!;
        var reference = xObjects.Elements.Values.OfType<PdfReference>().Single();
        document.Pages.Remove(scratch);
        return reference;
    }
}
