using System.Net.Http.Json;
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
        var request = new CloudSignRequest(await PinOfAsync(citizenId, cancellationToken), CloudSignatureProtocol.HashAlgorithm, Convert.ToBase64String(documentSha256));
        var response = await PostAsync<CloudSignRequest, CloudSignResponse>(CloudSignatureProtocol.SignPath, request, cancellationToken);
        var value = Base64(response.Signature) ?? throw new SignatureServiceException("The signature service answered without a signature.");
        return new DocumentSignature(Name, value, [], (response.SignedAt ?? clock.GetUtcNow()).ToUniversalTime());
    }

    /// <summary>The service knows whose key is whose: it checks the signature against the citizen's own key.</summary>
    public async Task<bool> VerifyAsync(Guid citizenId, byte[] documentSha256, DocumentSignature signature, CancellationToken cancellationToken)
    {
        var request = new CloudVerifyRequest(
            await PinOfAsync(citizenId, cancellationToken), CloudSignatureProtocol.HashAlgorithm, Convert.ToBase64String(documentSha256), Convert.ToBase64String(signature.Value));
        var response = await PostAsync<CloudVerifyRequest, CloudVerifyResponse>(CloudSignatureProtocol.VerifyPath, request, cancellationToken);
        return response.Valid ?? throw new SignatureServiceException("The signature service answered without a verdict.");
    }

    public Task<PdfSigningCredential?> PdfCredentialAsync(Guid citizenId, CancellationToken cancellationToken) => Task.FromResult<PdfSigningCredential?>(null);

    private async Task<string> PinOfAsync(Guid citizenId, CancellationToken cancellationToken) =>
        await db.Citizens.AsNoTracking().Where(c => c.Id == citizenId).Select(c => c.Pin).SingleOrDefaultAsync(cancellationToken)
        ?? throw new SignatureServiceException("The citizen is not known.");

    private async Task<TResponse> PostAsync<TRequest, TResponse>(string path, TRequest request, CancellationToken cancellationToken)
        where TResponse : class
    {
        try
        {
            using var response = await http.PostAsJsonAsync(new Uri(path, UriKind.Relative), request, JsonSerializerOptions.Web, cancellationToken);
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
