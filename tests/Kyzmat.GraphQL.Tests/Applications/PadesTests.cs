using System.Security.Cryptography.X509Certificates;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing;
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

    /// <summary>The serial numbers the published CRL lists, after checking the list is signed by the CA.</summary>
    private static async Task<List<string>> RevokedSerialsAsync(Competition competition, X509Certificate2 ca)
    {
        var crl = await competition.Anonymous.Http.GetByteArrayAsync(new Uri("/pki/crl", UriKind.Relative));
        return CrlReader.RevokedSerials(crl, ca);
    }
}
