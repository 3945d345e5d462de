using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Kyzmat.Recruitment.Signatures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kyzmat.Testing.Host;

/// <summary>
/// A time-stamping authority speaking RFC 3161 over HTTP on a real socket: it reads the DER TimeStampReq, and answers a
/// TimeStampResp whose token is a TSTInfo (written here with AsnWriter) signed as CMS by its own TSA certificate, which
/// its own root CA issued. Switches make it refuse, answer garbage or answer late.
/// </summary>
public sealed class FakeTimeStampingAuthority : IAsyncDisposable
{
    private const string TstInfoOid = "1.2.840.113549.1.9.16.1.4";
    private const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";
    private const string PolicyOid = "2.999.23.1"; // the X.660 example arc: no real policy
    private readonly WebApplication _app;
    private readonly ECDsa _tsaKey;
    private readonly X509Certificate2 _tsa;
    private readonly string _rootFile;
    private long _serial;

    private FakeTimeStampingAuthority(WebApplication app, X509Certificate2 root, ECDsa tsaKey, X509Certificate2 tsa)
    {
        _app = app;
        Root = root;
        _tsaKey = tsaKey;
        _tsa = tsa;
        _rootFile = Path.Combine(Path.GetTempPath(), $"kyzmat-tsa-root-{Guid.NewGuid():N}.cer");
        File.WriteAllBytes(_rootFile, root.RawData);
    }

    public enum Behaviour
    {
        Answering,

        /// <summary>503 to every request.</summary>
        Down,

        /// <summary>200 with bytes that are no TimeStampResp.</summary>
        Garbage,

        /// <summary>Answers, but only after three seconds.</summary>
        Slow,
    }

    public Behaviour Mode { get; set; } = Behaviour.Answering;

    /// <summary>The root CA that issued the TSA's certificate.</summary>
    public X509Certificate2 Root { get; }

    public Uri Url => new(_app.Urls.First() + "/tsr");

    /// <summary>How many time-stamps were issued.</summary>
    public long Issued => Interlocked.Read(ref _serial);

    /// <summary>The settings that make a Kyzmat host time-stamp its signatures here and trust this authority.</summary>
    public Dictionary<string, string?> Settings(int timeoutSeconds = 5) => new()
    {
        [$"{SignatureOptions.Section}:TimeStamping:Url"] = Url.ToString(),
        [$"{SignatureOptions.Section}:TimeStamping:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{SignatureOptions.Section}:TimeStamping:TrustedRootPath"] = _rootFile,
    };

    public static async Task<FakeTimeStampingAuthority> StartAsync()
    {
        var (root, tsaKey, tsa) = Certificates();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var authority = new FakeTimeStampingAuthority(app, root, tsaKey, tsa);
        // Cast: a handler taking only the HttpContext would otherwise be a RequestDelegate, and its IResult discarded.
        app.MapPost("/tsr", (Delegate)authority.AnswerAsync);
        await app.StartAsync();
        return authority;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        File.Delete(_rootFile);
        _tsa.Dispose();
        _tsaKey.Dispose();
        Root.Dispose();
    }

    private async Task<IResult> AnswerAsync(HttpContext http)
    {
        if (Mode == Behaviour.Down)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (Mode == Behaviour.Slow)
        {
            await Task.Delay(TimeSpan.FromSeconds(3), http.RequestAborted);
        }

        if (Mode == Behaviour.Garbage)
        {
            return Results.Bytes(RandomNumberGenerator.GetBytes(512), "application/timestamp-reply");
        }

        if (http.Request.ContentType != "application/timestamp-query")
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted);
        byte[] response;
        try
        {
            response = Respond(body.ToArray());
        }
        catch (AsnContentException)
        {
            return Results.BadRequest();
        }

        return Results.Bytes(response, "application/timestamp-reply");
    }

    /// <summary>TimeStampReq ::= SEQUENCE { version, messageImprint, reqPolicy OPTIONAL, nonce OPTIONAL, certReq DEFAULT FALSE, … }.</summary>
    private byte[] Respond(byte[] request)
    {
        var reader = new AsnReader(request, AsnEncodingRules.DER).ReadSequence();
        reader.ReadInteger();
        var imprint = reader.ReadEncodedValue().ToArray();
        BigInteger? nonce = null;
        var certReq = false;
        if (reader.HasData && reader.PeekTag().HasSameClassAndValue(Asn1Tag.ObjectIdentifier))
        {
            reader.ReadObjectIdentifier();
        }

        if (reader.HasData && reader.PeekTag().HasSameClassAndValue(Asn1Tag.Integer))
        {
            nonce = reader.ReadInteger();
        }

        if (reader.HasData && reader.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean))
        {
            certReq = reader.ReadBoolean();
        }

        var token = Sign(TstInfo(imprint, nonce), certReq);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteInteger(0); // PKIStatus granted
            }

            writer.WriteEncodedValue(token);
        }

        return writer.Encode();
    }

    /// <summary>TSTInfo ::= SEQUENCE { version 1, policy, messageImprint, serialNumber, genTime, nonce OPTIONAL } (RFC 3161 §2.4.2).</summary>
    private byte[] TstInfo(byte[] imprint, BigInteger? nonce)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(1);
            writer.WriteObjectIdentifier(PolicyOid);
            writer.WriteEncodedValue(imprint);
            writer.WriteInteger(Interlocked.Increment(ref _serial));
            writer.WriteGeneralizedTime(DateTimeOffset.UtcNow, omitFractionalSeconds: true);
            if (nonce is { } value)
            {
                writer.WriteInteger(value);
            }
        }

        return writer.Encode();
    }

    private byte[] Sign(byte[] tstInfo, bool includeCertificate)
    {
        var cms = new SignedCms(new ContentInfo(new Oid(TstInfoOid), tstInfo), detached: false);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, _tsa, _tsaKey)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = includeCertificate ? X509IncludeOption.EndCertOnly : X509IncludeOption.None,
        };
        signer.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2Oid, EssCertIdV2(_tsa)));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    /// <summary>SigningCertificateV2 { certs SEQUENCE OF ESSCertIDv2 { certHash } } with the SHA-256 default (RFC 5816).</summary>
    private static byte[] EssCertIdV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
        }

        return writer.Encode();
    }

    private static (X509Certificate2 Root, ECDsa TsaKey, X509Certificate2 Tsa) Certificates()
    {
        var now = DateTimeOffset.UtcNow;
        using var rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var rootRequest = new CertificateRequest("CN=Fake Time-Stamping Root, O=Kyzmat tests", rootKey, HashAlgorithmName.SHA256);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        using var rootWithKey = rootRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));

        var tsaKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var tsaRequest = new CertificateRequest("CN=Fake Time-Stamping Unit, O=Kyzmat tests", tsaKey, HashAlgorithmName.SHA256);
        tsaRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        tsaRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        tsaRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.8")], critical: true));
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] = (byte)((serial[0] & 0x7F) | 0x01); // positive, and no leading zero
        var tsa = tsaRequest.Create(rootWithKey, now.AddHours(-1), now.AddMonths(6), serial);
        return (X509CertificateLoader.LoadCertificate(rootWithKey.RawData), tsaKey, tsa);
    }
}
