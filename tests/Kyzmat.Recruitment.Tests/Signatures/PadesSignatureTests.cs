using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Signatures;
using Kyzmat.Recruitment.Signatures.Pades;
using Kyzmat.Recruitment.Signatures.Pki;
using Kyzmat.Recruitment.Tests.Applications;
using Kyzmat.Testing.Pdf;

namespace Kyzmat.Recruitment.Tests.Signatures;

/// <summary>The signed application PDF as any validator sees it: poppler's pdfsig with and without our CA trusted.</summary>
public sealed class PadesSignatureTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);

    public static async Task<(byte[] Pdf, IssuingAuthority Authority)> SignedApplicationAsync()
    {
        var authority = new IssuingAuthority(IssuingAuthority.Generate(Now.AddDays(-1)), new Uri("https://kyzmat.example.kg/"), TimeSpan.FromDays(730));
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var certificate = authority.Issue("Өмүрбекова Айгүл Ыңгайбековна", "22403199012345", key.ExportSubjectPublicKeyInfo(), DateTimeOffset.UtcNow);
        using var credential = new PdfSigningCredential(X509CertificateLoader.LoadCertificate(certificate.RawData), key, [authority.Certificate]);
        var unsigned = ApplicationDocumentRenderer.Render(ApplicationDocumentRendererTests.Content("ky"));
        var stamped = SignatureStamp.Apply(unsigned, "ky", "Өмүрбекова Айгүл Ыңгайбековна", "22403199012345", DateTimeOffset.UtcNow, ApplicationPdf.HexSha256(unsigned), withSignatureField: true,
            new Uri("https://kyzmat.example.kg/verify/AR-7K3M9QX2TD"));
        var signed = await PdfSignaturePlaceholder.FillAsync(stamped, bytes => CadesSignedData.SignAsync(bytes, credential));
        return (signed, authority);
    }

    [Fact]
    public async Task SignedApplication_IsValidAndCoversTheWholeDocument_AndTrustedWithOurCa()
    {
        var (pdf, authority) = await SignedApplicationAsync();
        using var _ = authority;

        var untrusted = await Pdfsig.CheckAsync(pdf);
        var trusted = await Pdfsig.CheckAsync(pdf, authority.Certificate.RawData);

        Assert.Contains("Signature Validation: Signature is Valid.", untrusted, StringComparison.Ordinal);
        Assert.Contains("Total document signed", untrusted, StringComparison.Ordinal);
        Assert.Contains("Signature Type: ETSI.CAdES.detached", untrusted, StringComparison.Ordinal);
        Assert.DoesNotContain("Certificate is Trusted", untrusted, StringComparison.Ordinal);
        Assert.Contains("Certificate Validation: Certificate is Trusted.", trusted, StringComparison.Ordinal);
        Assert.Contains("Өмүрбекова Айгүл Ыңгайбековна", trusted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangedByte_IsReportedInvalidByPdfsig()
    {
        var (pdf, authority) = await SignedApplicationAsync();
        using var _ = authority;
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var at = text.IndexOf("/KyzmatApplicationNumber", StringComparison.Ordinal);
        pdf[text.IndexOf("KZ-A-000042", at, StringComparison.Ordinal) + 9] = (byte)'9';

        var report = await Pdfsig.CheckAsync(pdf, authority.Certificate.RawData);

        Assert.Contains("Signature Validation: Digest Mismatch.", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStamp_IsTheSignatureFieldsAppearance_AndReadsAsText()
    {
        var (pdf, authority) = await SignedApplicationAsync();
        using var _ = authority;

        var text = await PdfText.ExtractAsync(pdf);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "224\\*{7}2345"));
        Assert.Contains("/Subtype/Widget/FT/Sig", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheVerificationLink_IsPrintedBesideTheStamp_AndAsAQrCodeThatReadsBackTheSame()
    {
        var (pdf, authority) = await SignedApplicationAsync();
        using var _ = authority;

        var text = await PdfText.ExtractAsync(pdf);
        var scanned = await QrCodeReader.ReadLastPageAsync(pdf);

        Assert.Contains("Текшерүү: https://kyzmat.example.kg/verify/AR-7K3M9QX2TD", text, StringComparison.Ordinal);
        Assert.Equal("https://kyzmat.example.kg/verify/AR-7K3M9QX2TD", scanned);
    }

    [Fact]
    public async Task EmbeddedSignature_ChainsOnlyToTheCaThatIssuedIt()
    {
        var (pdf, authority) = await SignedApplicationAsync();
        using var _ = authority;
        using var other = new IssuingAuthority(IssuingAuthority.Generate(Now), new Uri("https://other.example/"), TimeSpan.FromDays(30));

        var ours = new EmbeddedSignatureVerifier(authority).Check(pdf, DateTimeOffset.UtcNow);
        var theirs = new EmbeddedSignatureVerifier(other).Check(pdf, DateTimeOffset.UtcNow);
        var beforeIssued = new EmbeddedSignatureVerifier(authority).Check(pdf, Now.AddDays(-3));

        Assert.Equal(EmbeddedSignatureState.Valid, ours.State);
        Assert.Equal((EmbeddedSignatureState.Broken, "the certificate is not from a CA we trust"), (theirs.State, theirs.Problem));
        Assert.Equal(EmbeddedSignatureState.Broken, beforeIssued.State);
    }
}
