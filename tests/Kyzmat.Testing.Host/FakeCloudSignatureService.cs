using System.Collections.Concurrent;
using System.Security.Cryptography;
using Kyzmat.Recruitment.Signatures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kyzmat.Testing.Host;

/// <summary>
/// A stand-in for the cloud-signature service (which cannot be reached from here), speaking its HTTP protocol
/// (<see cref="CloudSignatureProtocol"/>) on a real socket: an ECDSA P-256 key per signer, certified by a CA of its
/// own, a bearer API key, and switches to make it fail or answer slowly.
/// </summary>
public sealed class FakeCloudSignatureService : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ECDsa> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _signed = new();
    private readonly WebApplication _app;
    private readonly FakeCloudCertificates _certificates = new();

    private FakeCloudSignatureService(WebApplication app, string apiKey)
    {
        _app = app;
        ApiKey = apiKey;
    }

    /// <summary>The service's own CA, which certifies every signer's key.</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2 Ca => _certificates.Ca;

    public string ApiKey { get; }

    public Uri BaseUrl => new(_app.Urls.First() + "/");

    /// <summary>Answer 503 to everything.</summary>
    public bool Failing { get; set; }

    /// <summary>Wait this long before answering.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>The signer ids of the hashes signed, in order.</summary>
    public IReadOnlyList<string> Signed => [.. _signed];

    /// <summary>The settings that point a Kyzmat host at this service.</summary>
    public Dictionary<string, string?> Settings(int timeoutSeconds = 5) => new()
    {
        [$"{SignatureOptions.Section}:Provider"] = nameof(SignatureProviderKind.Cloud),
        [$"{SignatureOptions.Section}:Cloud:BaseUrl"] = BaseUrl.ToString(),
        [$"{SignatureOptions.Section}:Cloud:ApiKey"] = ApiKey,
        [$"{SignatureOptions.Section}:Cloud:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{SignatureOptions.Section}:Cloud:TrustedCaPath"] = _certificates.CaFile,
    };

    public static async Task<FakeCloudSignatureService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var service = new FakeCloudSignatureService(app, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        app.MapPost("/" + CloudSignatureProtocol.SignPath, (HttpContext http, CloudSignRequest request) => service.AnswerAsync(http, () => service.Sign(request)));
        app.MapPost("/" + CloudSignatureProtocol.VerifyPath, (HttpContext http, CloudVerifyRequest request) => service.AnswerAsync(http, () => service.Verify(request)));
        app.MapGet("/v1/signers/{signerId}/certificate", (HttpContext http, string signerId) =>
            service.AnswerAsync(http, () => Results.Json(service._certificates.Of(signerId, service.KeyOf(signerId)))));
        await app.StartAsync();
        return service;
    }

    /// <summary>What the service would answer for <paramref name="signerId"/>: e.g. another citizen's signature over a hash.</summary>
    public byte[] SignAs(string signerId, byte[] sha256) => KeyOf(signerId).SignHash(sha256);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _certificates.Dispose();
        foreach (var key in _keys.Values)
        {
            key.Dispose();
        }
    }

    private async Task<IResult> AnswerAsync(HttpContext http, Func<IResult> answer)
    {
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, http.RequestAborted);
        }

        if (Failing)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return http.Request.Headers.Authorization.ToString() == "Bearer " + ApiKey ? answer() : Results.Unauthorized();
    }

    private IResult Sign(CloudSignRequest request)
    {
        if (HashOf(request.HashAlgorithm, request.Hash) is not { } hash || string.IsNullOrEmpty(request.SignerId))
        {
            return Results.BadRequest();
        }

        _signed.Enqueue(request.SignerId);
        return Results.Json(new CloudSignResponse(Convert.ToBase64String(SignAs(request.SignerId, hash)), DateTimeOffset.UtcNow));
    }

    private IResult Verify(CloudVerifyRequest request)
    {
        if (HashOf(request.HashAlgorithm, request.Hash) is not { } hash || string.IsNullOrEmpty(request.SignerId))
        {
            return Results.BadRequest();
        }

        var valid = _keys.TryGetValue(request.SignerId, out var key) && key.VerifyHash(hash, Convert.FromBase64String(request.Signature));
        return Results.Json(new CloudVerifyResponse(valid));
    }

    private ECDsa KeyOf(string signerId) => _keys.GetOrAdd(signerId, _ => ECDsa.Create(ECCurve.NamedCurves.nistP256));

    private static byte[]? HashOf(string algorithm, string base64)
    {
        if (algorithm != CloudSignatureProtocol.HashAlgorithm)
        {
            return null;
        }

        var hash = new byte[32];
        return Convert.TryFromBase64String(base64, hash, out var written) && written == 32 ? hash : null;
    }
}
