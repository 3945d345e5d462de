using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Signatures.Pki;

namespace Kyzmat.Recruitment.Tests.Signatures;

public sealed class IssuingAuthorityTests
{
    [Fact]
    public void Production_WithoutAConfiguredCa_RefusesToStart()
    {
        var data = new DataFolder(Directory.CreateTempSubdirectory("kyzmat-ca-").FullName);

        Assert.Throws<KyzmatConfigurationException>(() => IssuingAuthorityLoader.Load(new IssuingAuthorityOptions(), data, production: true, TimeProvider.System));
        Assert.False(File.Exists(Path.Combine(data.Path, "keys", "issuing-ca.pfx")));
    }

    [Fact]
    public void Development_GeneratesTheCaOnce_AndEveryHostSharingTheFolderLoadsTheSame()
    {
        var data = new DataFolder(Directory.CreateTempSubdirectory("kyzmat-ca-").FullName);

        using var first = IssuingAuthorityLoader.Load(new IssuingAuthorityOptions(), data, production: false, TimeProvider.System);
        using var second = IssuingAuthorityLoader.Load(new IssuingAuthorityOptions(), data, production: false, TimeProvider.System);

        Assert.Equal(first.Thumbprint, second.Thumbprint);
        Assert.True(second.HasPrivateKey);
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
