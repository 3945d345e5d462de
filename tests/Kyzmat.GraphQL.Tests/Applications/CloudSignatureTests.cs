using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Signatures;
using Kyzmat.Recruitment.Signatures.Pades;
using Kyzmat.Testing.Pdf;
using Microsoft.Extensions.DependencyInjection;
using Kyzmat.Testing;
using Kyzmat.Testing.Host;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>Signing through the external cloud-signature service (a fake speaking its HTTP protocol on a real socket).</summary>
public sealed class CloudSignatureTests
{
    private const string Verify = "query($n: String!) { verifyApplication(number: $n) { verdict } }";

    [Fact]
    public async Task Filing_SignsAtTheServiceAsTheCitizen_AndVerificationAsksTheService()
    {
        await using var cloud = await FakeCloudSignatureService.StartAsync();
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite, cloud.Settings());
        var (vacancyId, officeId) = await competition.NewVacancyAsync();

        var applicationId = Guid.Parse(await Steps.ApplyAndFileAsync(competition, vacancyId, officeId));

        // Twice as the citizen: the unsigned document's hash (the registry's signature) and the PDF signature's attributes.
        Assert.Equal([DemoAccounts.CitizenPin, DemoAccounts.CitizenPin], cloud.Signed);
        var (number, provider, documentSha256) = await competition.Host.QueryAsync(db => db.Applications.Where(a => a.Id == applicationId)
            .Select(a => new Tuple<string, string?, string?>(a.Number, a.SignatureProvider, a.DocumentSha256)).SingleAsync());
        Assert.Equal(CloudSignatureProvider.ProviderName, provider);
        Assert.Equal("VALID", await VerdictAsync(competition, number));

        // The signature over the same document by another citizen's key does not pass for Nurlan's.
        var aigulsSignature = cloud.SignAs(DemoAccounts.NewCitizenPin, Convert.FromHexString(documentSha256!));
        await using (var db = competition.Host.NewDbContext())
        {
            await db.Applications.Where(a => a.Id == applicationId).ExecuteUpdateAsync(s => s.SetProperty(a => a.SignatureValue, aigulsSignature));
        }

        Assert.Equal("ALTERED", await VerdictAsync(competition, number));

        // When the service cannot answer, the verdict is not "altered" but "try again".
        cloud.Failing = true;
        var unanswered = await competition.Anonymous.PostAsync(Verify, new { n = number }, language: "en");
        Assert.Equal("SIGNATURE_SERVICE_UNAVAILABLE", unanswered.FirstErrorCode);
    }

    [Fact]
    public async Task Filing_EmbedsAPadesSignatureByTheServicesCertificate_ThatPdfsigAndOurVerdictsAccept_WhenItsCaIsTrusted()
    {
        await using var cloud = await FakeCloudSignatureService.StartAsync();
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite, cloud.Settings());
        var (vacancyId, officeId) = await competition.NewVacancyAsync();
        var applicationId = Guid.Parse(await Steps.ApplyAndFileAsync(competition, vacancyId, officeId));
        var signed = await competition.Nurlan.Http.GetByteArrayAsync(new Uri($"/api/applications/{applicationId}/document", UriKind.Relative));

        var report = await Pdfsig.CheckAsync(signed, cloud.Ca.RawData);
        var answer = await PdfVerification.VerifyAsync(competition, signed);
        var tampered = (byte[])signed.Clone();
        tampered[tampered.Length / 3] ^= 0x01;
        using var noCloudCa = new SignatureTrustAnchors(Microsoft.Extensions.Options.Options.Create(new SignatureOptions()));
        var notTrusting = new EmbeddedSignatureVerifier(competition.Host.Services.GetRequiredService<Recruitment.Signatures.Pki.IssuingAuthority>(), noCloudCa)
            .Check(signed, DateTimeOffset.UtcNow);

        Assert.Contains("Signature Validation: Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
        Assert.Contains("Certificate Validation: Certificate is Trusted.", report, StringComparison.Ordinal);
        Assert.Contains("Cloud signer 4321", report, StringComparison.Ordinal);
        Assert.Equal(("VALID", "EMBEDDED_SIGNATURE"), (answer.GetProperty("verdict").GetString(), answer.GetProperty("basis").GetString()));
        Assert.Equal("112*******4321", answer.GetProperty("signerMaskedPin").GetString());
        Assert.Contains("Signature Validation: Digest Mismatch.", await Pdfsig.CheckAsync(tampered, cloud.Ca.RawData), StringComparison.Ordinal);
        Assert.Equal("ALTERED", await PdfVerification.VerdictAsync(competition, tampered));
        // A verifier that does not trust the service's CA treats it as any other CA.
        Assert.Equal((EmbeddedSignatureState.Broken, "the certificate is not from a CA we trust"), (notTrusting.State, notTrusting.Problem));
    }

    [Fact]
    public async Task ServiceDownOrTooSlow_RefusesTheSignatureClearly_KeepsTheCode_AndTheSameCodeSignsOnceItIsBack()
    {
        await using var cloud = await FakeCloudSignatureService.StartAsync();
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite, cloud.Settings(timeoutSeconds: 1));
        var (vacancyId, officeId) = await competition.NewVacancyAsync();
        var applicationId = await Steps.ApplyAsync(competition.Nurlan, vacancyId);
        await Steps.CreateDocumentAsync(competition.Nurlan, applicationId, officeId);
        await Steps.RequestSignatureAsync(competition.Nurlan, applicationId);
        var code = await competition.NextCodeToNurlanAsync();

        cloud.Failing = true;
        var down = await ConfirmOnceTheStepIsOpenAsync(competition, applicationId, code);
        Assert.Equal("SIGNATURE_SERVICE_UNAVAILABLE", down.FirstErrorCode);
        Assert.StartsWith("Сервис электронной подписи сейчас не отвечает", down.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);

        cloud.Failing = false;
        cloud.Delay = TimeSpan.FromSeconds(3);
        var slow = await ConfirmOnceTheStepIsOpenAsync(competition, applicationId, code);
        Assert.Equal("SIGNATURE_SERVICE_UNAVAILABLE", slow.FirstErrorCode);
        Assert.Equal("AWAITING_SIGNATURE", (await Steps.ApplicationAsync(competition.Nurlan, applicationId)).GetProperty("status").GetString());
        Assert.Equal(0, await competition.Host.QueryAsync(db => db.ApplicationPdfs.CountAsync(p => p.ApplicationId == Guid.Parse(applicationId) && p.Kind == Kyzmat.Recruitment.Applications.ApplicationPdfKind.Signed)));

        cloud.Delay = TimeSpan.Zero;
        var filed = await Steps.ConfirmWhenReadyAsync(competition.Nurlan, applicationId, code);
        Assert.Equal("FILED", filed.GetProperty("status").GetString());
    }

    private static Task<GraphQLResponse> ConfirmOnceTheStepIsOpenAsync(Competition competition, string applicationId, string code) =>
        Eventually.WaitForAsync(
            () => competition.Nurlan.PostAsync(
                "mutation($a: ID!, $c: String!) { confirmApplicationSignature(applicationId: $a, code: $c) { status } }",
                new { a = applicationId, c = code }, language: "ru"),
            response => response.FirstErrorCode != "APPLICATION_STEP_UNAVAILABLE",
            "the process waits for the code");

    private static async Task<string> VerdictAsync(Competition competition, string number) =>
        (await competition.Anonymous.QueryAsync(Verify, new { n = number })).GetProperty("verifyApplication").GetProperty("verdict").GetString()!;
}
