using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Installation;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Signatures.Pki;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Tests.Signatures;

public sealed class IssuingAuthorityTests
{
    [Fact]
    public async Task Production_WithoutAConfiguredCa_RefusesToStart()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);
        var data = new DataFolder(room.DataPath);

        await room.InScopeAsync(s =>
        {
            Assert.Throws<KyzmatConfigurationException>(() =>
                IssuingAuthorityLoader.Load(new IssuingAuthorityOptions(), s.GetRequiredService<GeneratedKeys>(), data, production: true, TimeProvider.System));
            return Task.CompletedTask;
        });
        Assert.Equal(0, await room.InScopeAsync(s => s.GetRequiredService<KyzmatDbContext>().GeneratedKeys.CountAsync()));
    }

    [Fact]
    public async Task Development_GeneratesTheCaOnce_AndEveryHostOfTheDatabaseLoadsTheSame()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);
        var otherHostsFolder = new DataFolder(Directory.CreateTempSubdirectory("kyzmat-ca-").FullName);

        var (first, second) = await room.InScopeAsync(s =>
        {
            var generated = s.GetRequiredService<GeneratedKeys>();
            return Task.FromResult((
                IssuingAuthorityLoader.Load(new IssuingAuthorityOptions(), generated, new DataFolder(room.DataPath), production: false, TimeProvider.System),
                IssuingAuthorityLoader.Load(new IssuingAuthorityOptions(), generated, otherHostsFolder, production: false, TimeProvider.System)));
        });

        Assert.Equal(first.Thumbprint, second.Thumbprint);
        Assert.True(second.HasPrivateKey);
        first.Dispose();
        second.Dispose();
    }

    [Fact]
    public async Task Development_AnInstallationWhoseEarlierVersionKeptTheCaOnDisk_KeepsThatCa()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);
        var data = new DataFolder(room.DataPath);
        using var earlier = IssuingAuthority.Generate(DateTimeOffset.UtcNow);
        await File.WriteAllBytesAsync(Path.Combine(data.Folder("keys"), "issuing-ca.pfx"), earlier.Export(X509ContentType.Pkcs12));

        using var loaded = await room.InScopeAsync(s => Task.FromResult(
            IssuingAuthorityLoader.Load(new IssuingAuthorityOptions(), s.GetRequiredService<GeneratedKeys>(), data, production: false, TimeProvider.System)));

        Assert.Equal(earlier.Thumbprint, loaded.Thumbprint);
    }

    [Fact]
    public void CitizenCertificate_NamesTheCitizen_MasksThePin_AndIsForSigningOnly()
    {
        using var authority = new IssuingAuthority(IssuingAuthority.Generate(DateTimeOffset.UtcNow), new Uri("https://kyzmat.example.kg/"), TimeSpan.FromDays(730));
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        using var certificate = authority.Issue("Токтогулов Нурлан Маратович", "11203199054321", key.ExportSubjectPublicKeyInfo(), DateTimeOffset.UtcNow);

        Assert.Contains("CN=Токтогулов Нурлан Маратович", certificate.Subject, StringComparison.Ordinal);
        Assert.Contains("SERIALNUMBER=112XXXXXXX4321", certificate.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("11203199054321", certificate.Subject, StringComparison.Ordinal);
        var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().Single();
        Assert.Equal(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, usage.KeyUsages);
        Assert.True(usage.Critical);
        Assert.False(certificate.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
        Assert.Contains(certificate.Extensions, e => e.Oid?.Value == "2.5.29.31"); // CRL distribution points
        Assert.Equal(authority.Certificate.SubjectName.Name, certificate.IssuerName.Name);
    }
}
