using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Signatures;

/// <summary>
/// Signs through the external cloud-signature service (<see cref="CloudSignatureProtocol"/>) with the citizen's key
/// held there. Any failure — refused, timed out, unreachable, malformed — is a <see cref="SignatureServiceException"/>.
/// </summary>
public sealed class CloudSignatureProvider(HttpClient http, KyzmatDbContext db, TimeProvider clock) : ISignatureProvider
{
    public const string ProviderName = "cloud";

    public string Name => ProviderName;

    public async Task<DocumentSignature> SignAsync(Guid citizenId, byte[] documentSha256, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(documentSha256.Length, 32);
        var (value, signedAt) = await SignHashAsync(await PinOfAsync(citizenId, cancellationToken), documentSha256, cancellationToken);
        return new DocumentSignature(Name, value, [], signedAt);
    }

    private async Task<(byte[] Value, DateTimeOffset SignedAt)> SignHashAsync(string pin, byte[] sha256, CancellationToken cancellationToken)
    {
        var request = new CloudSignRequest(pin, CloudSignatureProtocol.HashAlgorithm, Convert.ToBase64String(sha256));
        var response = await SendAsync<CloudSignResponse>(HttpMethod.Post, CloudSignatureProtocol.SignPath, request, cancellationToken);
        var value = Base64(response.Signature) ?? throw new SignatureServiceException("The signature service answered without a signature.");
        return (value, (response.SignedAt ?? clock.GetUtcNow()).ToUniversalTime());
    }

    /// <summary>The service knows whose key is whose: it checks the signature against the citizen's own key.</summary>
    public async Task<bool> VerifyAsync(Guid citizenId, byte[] documentSha256, DocumentSignature signature, CancellationToken cancellationToken)
    {
        var request = new CloudVerifyRequest(
            await PinOfAsync(citizenId, cancellationToken), CloudSignatureProtocol.HashAlgorithm, Convert.ToBase64String(documentSha256), Convert.ToBase64String(signature.Value));
        var response = await SendAsync<CloudVerifyResponse>(HttpMethod.Post, CloudSignatureProtocol.VerifyPath, request, cancellationToken);
        return response.Valid ?? throw new SignatureServiceException("The signature service answered without a verdict.");
    }

    /// <summary>
    /// The citizen's certificate from the service; the CMS signed attributes' digest is then signed at the service by
    /// the same key (decision 0008).
    /// </summary>
    public async Task<PdfSigningCredential?> PdfCredentialAsync(Guid citizenId, CancellationToken cancellationToken)
    {
        var pin = await PinOfAsync(citizenId, cancellationToken);
        var answer = await SendAsync<CloudCertificateResponse>(HttpMethod.Get, CloudSignatureProtocol.CertificatePath(pin), null, cancellationToken);
        var certificate = Certificate(answer.Certificate) ?? throw new SignatureServiceException("The signature service answered without a certificate.");
        var chain = (answer.Chain ?? []).Select(c => Certificate(c) ?? throw new SignatureServiceException("The signature service answered a malformed chain.")).ToList();
        var isEcdsa = certificate.PublicKey.Oid.Value == "1.2.840.10045.2.1"; // id-ecPublicKey
        return new PdfSigningCredential(certificate, chain, async (digest, ct) =>
        {
            var value = await SignHashAsync(pin, digest, ct);
            return isEcdsa ? EcdsaSignatureEncoding.P1363ToDer(value.Value) : value.Value;
        });
    }

    private async Task<string> PinOfAsync(Guid citizenId, CancellationToken cancellationToken) =>
        await db.Citizens.AsNoTracking().Where(c => c.Id == citizenId).Select(c => c.Pin).SingleOrDefaultAsync(cancellationToken)
        ?? throw new SignatureServiceException("The citizen is not known.");

    private async Task<TResponse> SendAsync<TResponse>(HttpMethod method, string path, object? request, CancellationToken cancellationToken)
        where TResponse : class
    {
        try
        {
            using var message = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
            if (request is not null)
            {
                message.Content = JsonContent.Create(request, request.GetType(), options: JsonSerializerOptions.Web);
            }

            using var response = await http.SendAsync(message, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new SignatureServiceException($"The signature service answered {(int)response.StatusCode} to {path}.");
            }

            return await response.Content.ReadFromJsonAsync<TResponse>(JsonSerializerOptions.Web, cancellationToken)
                ?? throw new SignatureServiceException($"The signature service answered {path} with nothing.");
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or NotSupportedException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // TaskCanceledException without our token cancelled is HttpClient's time-out.
            throw new SignatureServiceException($"The signature service could not be used for {path}: {ex.Message}", ex);
        }
    }

    private static X509Certificate2? Certificate(string? base64)
    {
        try
        {
            return Base64(base64) is { } der ? X509CertificateLoader.LoadCertificate(der) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static byte[]? Base64(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) ? buffer[..written] : null;
    }
}
