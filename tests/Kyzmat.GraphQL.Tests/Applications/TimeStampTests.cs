using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Signatures;
using Kyzmat.Recruitment.Signatures.Pades;
using Kyzmat.Recruitment.Signatures.Pki;
using Kyzmat.Recruitment.Signatures.TimeStamping;
using Kyzmat.Testing;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Pdf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>
/// PAdES B-T: with an RFC 3161 service configured (a local authority speaking the protocol over HTTP), every signature
/// carries a signature time-stamp; a service that is down, slow or answers garbage refuses the signature and keeps the code.
/// </summary>
public sealed class TimeStampTests
{
    [Fact]
    public async Task Filing_TimeStampsTheSignature_PdfsigStillValid_AndVerificationReportsTheTimeStampedTime()
    {
        await using var tsa = await FakeTimeStampingAuthority.StartAsync();
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite, tsa.Settings());
        var (vacancyId, officeId) = await competition.NewVacancyAsync();
        var applicationId = Guid.Parse(await Steps.ApplyAndFileAsync(competition, vacancyId, officeId));
        var signed = await competition.Nurlan.Http.GetByteArrayAsync(new Uri($"/api/applications/{applicationId}/document", UriKind.Relative));
        var caDer = await competition.Anonymous.Http.GetByteArrayAsync(new Uri("/pki/ca.cer", UriKind.Relative));

        var token = TimeStampTokenOf(signed);
        var report = await Pdfsig.CheckAsync(signed, caDer);
        var answer = await PdfVerification.VerifyAsync(competition, signed);

        Assert.Equal(1, tsa.Issued);
        Assert.True(token.VerifySignatureForSignerInfo(SignerInfoOf(signed), out var tsaCertificate));
        Assert.Equal("CN=Fake Time-Stamping Unit, O=Kyzmat tests", tsaCertificate!.Subject);
        Assert.Contains("Signature Validation: Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
        Assert.Contains("Certificate Validation: Certificate is Trusted.", report, StringComparison.Ordinal);
        Assert.Equal(("VALID", "EMBEDDED_SIGNATURE"), (answer.GetProperty("verdict").GetString(), answer.GetProperty("basis").GetString()));
        var signedAt = await competition.Host.QueryAsync(db => db.Applications.Where(a => a.Id == applicationId).Select(a => a.SignedAt!.Value).SingleAsync());
        var timeStampedAt = answer.GetProperty("timeStampedAt").GetDateTimeOffset();
        Assert.Equal(token.TokenInfo.Timestamp, timeStampedAt);
        Assert.InRange(timeStampedAt, signedAt.AddSeconds(-1), signedAt.AddMinutes(1));
    }

    [Fact]
    public async Task TimeStampOverAnotherSignatureValue_BreaksTheEmbeddedSignature_AndAnUntrustedAuthorityGivesNoTime()
    {
        await using var tsa = await FakeTimeStampingAuthority.StartAsync();
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite, tsa.Settings());
        var services = competition.Host.Services;
        var authority = services.GetRequiredService<IssuingAuthority>();
        var verifier = services.GetRequiredService<EmbeddedSignatureVerifier>();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var credential = new PdfSigningCredential(
            authority.Issue("Токтогулов Нурлан Маратович", DemoAccounts.CitizenPin, key.ExportSubjectPublicKeyInfo(), DateTimeOffset.UtcNow), key, [authority.Certificate]);
        await using var scope = services.CreateAsyncScope();
        var stamper = scope.ServiceProvider.GetRequiredService<SignatureTimeStamper>();

        var honest = await SignedPdfAsync(credential, stamper.StampAsync);
        var misplaced = await SignedPdfAsync(credential, (_, ct) => stamper.StampAsync([1, 2, 3], ct));
        var untrusted = new EmbeddedSignatureVerifier(authority).Check(honest, DateTimeOffset.UtcNow);

        Assert.Equal(EmbeddedSignatureState.Valid, verifier.Check(honest, DateTimeOffset.UtcNow).State);
        Assert.NotNull(verifier.Check(honest, DateTimeOffset.UtcNow).TimeStampedAt);
        Assert.Equal((EmbeddedSignatureState.Broken, "the time-stamp is not over this signature"), (verifier.Check(misplaced, DateTimeOffset.UtcNow).State, verifier.Check(misplaced, DateTimeOffset.UtcNow).Problem));
        // Without the authority's root trusted (and it is in no machine store), the signature stands but no time is vouched for.
        Assert.Equal((EmbeddedSignatureState.Valid, (DateTimeOffset?)null), (untrusted.State, untrusted.TimeStampedAt));
    }

    [Theory]
    [InlineData(FakeTimeStampingAuthority.Behaviour.Down)]
    [InlineData(FakeTimeStampingAuthority.Behaviour.Garbage)]
    [InlineData(FakeTimeStampingAuthority.Behaviour.Slow)]
    public async Task AuthorityDownSlowOrAnsweringGarbage_RefusesTheSignatureClearly_KeepsTheCode_AndTheSameCodeSignsOnceItIsBack(FakeTimeStampingAuthority.Behaviour failure)
    {
        await using var tsa = await FakeTimeStampingAuthority.StartAsync();
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite, tsa.Settings(timeoutSeconds: 1));
        var (vacancyId, officeId) = await competition.NewVacancyAsync();
        var applicationId = await Steps.ApplyAsync(competition.Nurlan, vacancyId);
        await Steps.CreateDocumentAsync(competition.Nurlan, applicationId, officeId);
        await Steps.RequestSignatureAsync(competition.Nurlan, applicationId);
        var code = await competition.NextCodeToNurlanAsync();

        tsa.Mode = failure;
        var refused = await Eventually.WaitForAsync(
            () => competition.Nurlan.PostAsync(
                "mutation($a: ID!, $c: String!) { confirmApplicationSignature(applicationId: $a, code: $c) { status } }",
                new { a = applicationId, c = code }, language: "en"),
            response => response.FirstErrorCode != "APPLICATION_STEP_UNAVAILABLE",
            "the process waits for the code");

        Assert.Equal("TIMESTAMPING_UNAVAILABLE", refused.FirstErrorCode);
        Assert.StartsWith("The signature time-stamping service is not answering", refused.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("AWAITING_SIGNATURE", (await Steps.ApplicationAsync(competition.Nurlan, applicationId)).GetProperty("status").GetString());
        Assert.Equal(0, await competition.Host.QueryAsync(db => db.ApplicationPdfs.CountAsync(p => p.ApplicationId == Guid.Parse(applicationId) && p.Kind == ApplicationPdfKind.Signed)));

        tsa.Mode = FakeTimeStampingAuthority.Behaviour.Answering;
        var filed = await Steps.ConfirmWhenReadyAsync(competition.Nurlan, applicationId, code);
        Assert.Equal("FILED", filed.GetProperty("status").GetString());
        var signed = await competition.Nurlan.Http.GetByteArrayAsync(new Uri($"/api/applications/{applicationId}/document", UriKind.Relative));
        Assert.True(TimeStampTokenOf(signed).VerifySignatureForSignerInfo(SignerInfoOf(signed), out _), "the retry's signature is time-stamped");
    }

    private static async Task<byte[]> SignedPdfAsync(PdfSigningCredential credential, Func<byte[], CancellationToken, Task<byte[]>> timeStamp)
    {
        var unsigned = OnePagePdf();
        var stamped = SignatureStamp.Apply(unsigned, "en", "Toktogulov Nurlan", DemoAccounts.CitizenPin, DateTimeOffset.UtcNow, ApplicationPdf.HexSha256(unsigned), withSignatureField: true);
        return await PdfSignaturePlaceholder.FillAsync(stamped, bytes => CadesSignedData.SignAsync(bytes, credential, timeStamp));
    }

    private static byte[] OnePagePdf()
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.AddPage();
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    /// <summary>The CMS in /Contents: the hex string between the byte ranges, up to the end of its DER (zero padding after).</summary>
    private static SignerInfo SignerInfoOf(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var at = text.IndexOf("/ByteRange", StringComparison.Ordinal);
        var range = text[(text.IndexOf('[', at) + 1)..text.IndexOf(']', at)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
        var bytes = Convert.FromHexString(text[(range[1] + 1)..(range[2] - 1)]);
        System.Formats.Asn1.AsnDecoder.ReadEncodedValue(bytes, System.Formats.Asn1.AsnEncodingRules.DER, out _, out _, out var length);
        var cms = new SignedCms();
        cms.Decode(bytes.AsSpan(0, length));
        return cms.SignerInfos[0];
    }

    private static Rfc3161TimestampToken TimeStampTokenOf(byte[] pdf)
    {
        var attribute = SignerInfoOf(pdf).UnsignedAttributes.Cast<CryptographicAttributeObject>().Single(a => a.Oid.Value == CadesSignedData.SignatureTimeStampTokenOid);
        Assert.True(Rfc3161TimestampToken.TryDecode(attribute.Values[0].RawData, out var token, out _));
        return token!;
    }
}
