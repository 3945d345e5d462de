using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Signatures.TimeStamping;

/// <summary>
/// Asks the configured RFC 3161 service for a signature time-stamp over a CMS signature value (PAdES B-T). A service
/// that is down, slow, or answers anything but a trusted token for this very request is a
/// <see cref="TimeStampingException"/>: signing is refused rather than quietly made B-B (decision 0006).
/// </summary>
public sealed class SignatureTimeStamper(HttpClient http, IOptions<SignatureOptions> options, SignatureTrustAnchors anchors, TimeProvider clock)
{
    private const int MaxResponseBytes = 64 * 1024;
    public const string TimeStampingUsageOid = "1.3.6.1.5.5.7.3.8";

    public bool Enabled => options.Value.TimeStamping.Url is not null;

    /// <summary>The time-stamp token (a DER ContentInfo) whose imprint is the SHA-256 of <paramref name="signatureValue"/>.</summary>
    public async Task<byte[]> StampAsync(byte[] signatureValue, CancellationToken cancellationToken)
    {
        var url = options.Value.TimeStamping.Url ?? throw new InvalidOperationException("No time-stamping service is configured.");
        var request = Rfc3161TimestampRequest.CreateFromData(signatureValue, HashAlgorithmName.SHA256, nonce: RandomNumberGenerator.GetBytes(8), requestSignerCertificates: true);
        byte[] answer;
        try
        {
            using var content = new ByteArrayContent(request.Encode());
            content.Headers.ContentType = new MediaTypeHeaderValue("application/timestamp-query");
            using var response = await http.PostAsync(url, content, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new TimeStampingException($"The time-stamping service answered {(int)response.StatusCode}.");
            }

            if (response.Content.Headers.ContentLength > MaxResponseBytes)
            {
                throw new TimeStampingException("The time-stamping service's answer is too large.");
            }

            answer = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new TimeStampingException($"The time-stamping service could not be reached: {ex.Message}", ex);
        }

        return Accept(request, answer, signatureValue);
    }

    private byte[] Accept(Rfc3161TimestampRequest request, byte[] answer, byte[] signatureValue)
    {
        Rfc3161TimestampToken token;
        try
        {
            // Checks the status, that the token answers this request (imprint, nonce), and decodes it.
            token = request.ProcessResponse(answer, out _);
        }
        catch (CryptographicException ex)
        {
            throw new TimeStampingException($"The time-stamping service's answer is not a time-stamp for this signature: {ex.Message}", ex);
        }

        var cms = token.AsSignedCms();
        if (!token.VerifySignatureForData(signatureValue, out var tsa, cms.Certificates) || tsa is null
            || !SignatureTrustAnchors.Chains(tsa, anchors.TimeStampingRoot, cms.Certificates, clock.GetUtcNow(), TimeStampingUsageOid))
        {
            throw new TimeStampingException("The time-stamp is not signed by a trusted time-stamping authority.");
        }

        return cms.Encode();
    }
}
