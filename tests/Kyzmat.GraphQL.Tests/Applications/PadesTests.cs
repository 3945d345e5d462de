using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Signatures;
using Kyzmat.Recruitment.Signatures.Pades;
using Kyzmat.Recruitment.Signatures.Pki;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Pdf;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>
/// Every signed application carries a PAdES signature by the citizen's certificate from Kyzmat's CA: poppler's pdfsig
/// checks it with the CA published at /pki/ca.cer, and the CRL at /pki/crl lists the certificate once it is revoked.
/// </summary>
public sealed class PadesTests
{
    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task FiledApplication_PassesPdfsig_TrustedThroughThePublishedCa_AndItsCertificateIsRevokedWithTheKey(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        var (vacancyId, officeId) = await competition.NewVacancyAsync();
        var applicationId = await Steps.ApplyAndFileAsync(competition, vacancyId, officeId);
        var signed = await competition.Nurlan.Http.GetByteArrayAsync(new Uri($"/api/applications/{applicationId}/document", UriKind.Relative));
        var caDer = await competition.Anonymous.Http.GetByteArrayAsync(new Uri("/pki/ca.cer", UriKind.Relative));

        var report = await Pdfsig.CheckAsync(signed, caDer);

        Assert.Contains("Signature Validation: Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
        Assert.Contains("Certificate Validation: Certificate is Trusted.", report, StringComparison.Ordinal);
        Assert.Contains("Токтогулов Нурлан Маратович", report, StringComparison.Ordinal);

        var serial = await competition.Host.QueryAsync(db => db.Applications.Where(a => a.Id == Guid.Parse(applicationId)).Select(a => a.SigningCertificateSerial).SingleAsync());
        Assert.NotNull(serial);
        using var ca = X509CertificateLoader.LoadCertificate(caDer);
        Assert.DoesNotContain(serial, await RevokedSerialsAsync(competition, ca));

        await using (var scope = competition.Host.Services.CreateAsyncScope())
        {
            var citizenId = await competition.Host.QueryAsync(db => db.Applications.Where(a => a.Id == Guid.Parse(applicationId)).Select(a => a.CitizenId).SingleAsync());
            await scope.ServiceProvider.GetRequiredService<Recruitment.Signatures.BuiltInSignatureProvider>().ReplaceKeyAsync(citizenId, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<Recruitment.Persistence.KyzmatDbContext>().SaveChangesAsync();
        }

        Assert.Contains(serial, await RevokedSerialsAsync(competition, ca));
    }

    [Fact]
    public async Task UploadedPdf_GetsItsVerdict_ForEverySignatureAndEveryBadInput()
    {
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite);
        var (vacancyId, officeId) = await competition.NewVacancyAsync();
        var applicationId = Guid.Parse(await Steps.ApplyAndFileAsync(competition, vacancyId, officeId));
        var documentUrl = new Uri($"/api/applications/{applicationId}/document", UriKind.Relative);
        var signed = await competition.Nurlan.Http.GetByteArrayAsync(documentUrl);
        var unsigned = await competition.Host.QueryAsync(db => db.ApplicationPdfs.Where(p => p.ApplicationId == applicationId && p.Kind == ApplicationPdfKind.Unsigned).Select(p => p.Content).SingleAsync());

        var valid = await VerifyAsync(competition, signed);
        Assert.Equal(("VALID", "EMBEDDED_SIGNATURE"), (valid.GetProperty("verdict").GetString(), valid.GetProperty("basis").GetString()));
        Assert.Equal("112*******4321", valid.GetProperty("signerMaskedPin").GetString());
        Assert.Equal("NOT_SIGNED", await VerdictAsync(competition, unsigned));

        var tampered = (byte[])signed.Clone();
        tampered[tampered.Length / 3] ^= 0x01;
        Assert.Equal("ALTERED", await VerdictAsync(competition, tampered));
        // Bytes added after signing (an incremental update): the signature no longer covers the whole file.
        Assert.Equal("ALTERED", await VerdictAsync(competition, [.. signed, .. "\n1 0 obj\n<< /Kyzmat (changed) >>\nendobj\n%%EOF\n"u8.ToArray()]));
        // A second signature appended.
        var second = Encoding.Latin1.GetBytes("\n99 0 obj\n<< /Type /Sig /ByteRange [0 10 20 30] /Contents <00> >>\nendobj\n%%EOF\n");
        Assert.Equal("ALTERED", await VerdictAsync(competition, [.. signed, .. second]));
        // A byte range that leaves out part of the file (the signature itself untouched).
        Assert.Equal("ALTERED", await VerdictAsync(competition, WithByteRange(signed, r => [r[0], r[1] - 100, r[2], r[3]])));
        // The same bytes signed by a certificate of another CA.
        Assert.Equal("ALTERED", await VerdictAsync(competition, await ResignedByAnotherCaAsync(signed)));
        Assert.Equal("UNKNOWN", await VerdictAsync(competition, signed[..(signed.Length / 2)]));
        var notPdf = new byte[10 * 1024 * 1024];
        Random.Shared.NextBytes(notPdf);
        Assert.Equal("UNKNOWN", await VerdictAsync(competition, notPdf));
        using (var tooLarge = new ByteArrayContent(new byte[10 * 1024 * 1024 + 1]))
        using (var response = await competition.Anonymous.Http.PostAsync(new Uri("/api/applications/verify", UriKind.Relative), tooLarge))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Contains("DOCUMENT_TOO_LARGE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Revoked before the signing time: REVOKED; revoked afterwards (key replaced later): still VALID.
        var signedAt = await competition.Host.QueryAsync(db => db.Applications.Where(a => a.Id == applicationId).Select(a => a.SignedAt!.Value).SingleAsync());
        await using (var db = competition.Host.NewDbContext())
        {
            var certificate = await db.CitizenCertificates.SingleAsync();
            certificate.Revoke(X509RevocationReason.KeyCompromise, signedAt.AddSeconds(1));
            await db.SaveChangesAsync();
        }

        Assert.Equal("VALID", await VerdictAsync(competition, signed));
        await using (var db = competition.Host.NewDbContext())
        {
            await db.CitizenCertificates.ExecuteUpdateAsync(s => s.SetProperty(c => c.RevokedAt, signedAt.AddMinutes(-1)));
        }

        Assert.Equal("REVOKED", await VerdictAsync(competition, signed));
        var number = await competition.Host.QueryAsync(db => db.Applications.Where(a => a.Id == applicationId).Select(a => a.Number).SingleAsync());
        var byNumber = await competition.Anonymous.QueryAsync("query($n: String!) { verifyApplication(number: $n) { verdict basis } }", new { n = number });
        Assert.Equal("REVOKED", byNumber.GetProperty("verifyApplication").GetProperty("verdict").GetString());
        Assert.Equal("REGISTRY_HASH", byNumber.GetProperty("verifyApplication").GetProperty("basis").GetString());
    }

    [Fact]
    public async Task ApplicationSignedBeforePades_StillVerifiesByItsHash()
    {
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite);
        var (vacancyId, officeId) = await competition.NewVacancyAsync();
        var applicationId = Guid.Parse(await Steps.ApplyAndFileAsync(competition, vacancyId, officeId));
        // As it was filed before this change: the stamp as page content, no embedded signature, no certificate.
        var unsigned = await competition.Host.QueryAsync(db => db.ApplicationPdfs.Where(p => p.ApplicationId == applicationId && p.Kind == ApplicationPdfKind.Unsigned).Select(p => p.Content).SingleAsync());
        var old = SignatureStamp.Apply(unsigned, "ky", "Токтогулов Нурлан Маратович", "11203199054321", DateTimeOffset.UtcNow, ApplicationPdf.HexSha256(unsigned));
        await using (var db = competition.Host.NewDbContext())
        {
            await db.Applications.Where(a => a.Id == applicationId).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.SigningCertificateSerial, (string?)null)
                .SetProperty(a => a.SignedDocumentSha256, ApplicationPdf.HexSha256(old)));
        }

        var answer = await VerifyAsync(competition, old);
        var altered = (byte[])old.Clone();
        altered[altered.Length / 3] ^= 0x01;

        Assert.Equal(("VALID", "REGISTRY_HASH"), (answer.GetProperty("verdict").GetString(), answer.GetProperty("basis").GetString()));
        Assert.Equal("ALTERED", await VerdictAsync(competition, altered));
    }

    private static Task<string> VerdictAsync(Competition competition, byte[] pdf) => PdfVerification.VerdictAsync(competition, pdf);

    private static Task<JsonElement> VerifyAsync(Competition competition, byte[] pdf) => PdfVerification.VerifyAsync(competition, pdf);

    private static int[] ByteRangeOf(byte[] pdf, out int at, out int length)
    {
        var text = Encoding.Latin1.GetString(pdf);
        at = text.IndexOf("/ByteRange", StringComparison.Ordinal) + "/ByteRange".Length;
        length = text.IndexOf(']', at) + 1 - at;
        return text[at..(at + length)].Trim(' ', '[', ']').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
    }

    private static byte[] WithByteRange(byte[] pdf, Func<int[], int[]> change)
    {
        var copy = (byte[])pdf.Clone();
        var range = change(ByteRangeOf(copy, out var at, out var length));
        Encoding.ASCII.GetBytes($"[{string.Join(' ', range)}]".PadRight(length), copy.AsSpan(at));
        return copy;
    }

    private static async Task<byte[]> ResignedByAnotherCaAsync(byte[] pdf)
    {
        var copy = (byte[])pdf.Clone();
        var range = ByteRangeOf(copy, out _, out _);
        var signedBytes = copy[..range[1]].Concat(copy[range[2]..]).ToArray();
        using var other = new IssuingAuthority(IssuingAuthority.Generate(DateTimeOffset.UtcNow.AddDays(-1)), new Uri("https://other.example/"), TimeSpan.FromDays(30));
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var credential = new PdfSigningCredential(
            other.Issue("Токтогулов Нурлан Маратович", DemoAccounts.CitizenPin, key.ExportSubjectPublicKeyInfo(), DateTimeOffset.UtcNow.AddHours(-1)), key, [other.Certificate]);
        var hex = Convert.ToHexString(await CadesSignedData.SignAsync(signedBytes, credential)).PadRight(range[2] - range[1] - 2, '0');
        Encoding.ASCII.GetBytes(hex, copy.AsSpan(range[1] + 1));
        return copy;
    }

    /// <summary>The serial numbers the published CRL lists, after checking the list is signed by the CA.</summary>
    private static async Task<List<string>> RevokedSerialsAsync(Competition competition, X509Certificate2 ca)
    {
        var crl = await competition.Anonymous.Http.GetByteArrayAsync(new Uri("/pki/crl", UriKind.Relative));
        return CrlReader.RevokedSerials(crl, ca);
    }
}
