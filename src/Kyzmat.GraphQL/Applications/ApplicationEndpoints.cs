using System.Threading.RateLimiting;
using Kyzmat.GraphQL.Common;
using Kyzmat.GraphQL.Documents;
using Kyzmat.Identity.Http;
using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kyzmat.GraphQL.Applications;

/// <summary>
/// <c>GET /api/applications/{id}/document</c>: the application's PDF for its owner and HR of its body;
/// <c>POST /api/applications/verify</c>: anyone checks a signed PDF (the raw bytes as the body).
/// </summary>
public static class ApplicationEndpoints
{
    /// <summary>Checking PDFs is open to anyone and reads up to 10 MB a time: a fixed window per client address.</summary>
    public const string VerifyRateLimitPolicy = "kyzmat-verify";

    public static IServiceCollection AddVerificationRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(limiter => limiter.AddPolicy(VerifyRateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
            ClientNetwork.LimitKeyOf(context) ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = context.RequestServices.GetRequiredService<IOptions<ApplicationOptions>>().Value.VerificationsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })));

    public static void MapKyzmatApplications(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/applications/{id:guid}/document", DocumentAsync);
        endpoints.MapPost("/api/applications/verify", VerifyAsync).DisableAntiforgery().RequireRateLimiting(VerifyRateLimitPolicy);
        endpoints.MapKyzmatPki();
    }

    private static async Task<IResult> DocumentAsync(HttpContext http, Guid id, ApplicationReader reader)
    {
        var language = RequestLanguage.Of(http.Request);
        if (!DocumentEndpoints.TryCitizen(http, out var readerId))
        {
            return DocumentEndpoints.Problem(StatusCodes.Status401Unauthorized, UserErrorCodes.NotAuthenticated, language);
        }

        try
        {
            var application = await reader.ForReaderAsync(readerId, id, http.RequestAborted);
            var pdf = await reader.DocumentAsync(application, http.RequestAborted)
                ?? throw new UserInputException(UserErrorCodes.NotFound);
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.File(pdf.Content, "application/pdf", $"{application.Number}.pdf");
        }
        catch (UserInputException ex)
        {
            return DocumentEndpoints.Problem(StatusCodes.Status404NotFound, ex.Code, language);
        }
    }

    private static async Task<IResult> VerifyAsync(HttpContext http, ApplicationVerifier verifier, IOptions<DocumentOptions> options)
    {
        var language = RequestLanguage.Of(http.Request);
        var max = options.Value.MaxBytes;
        if (http.Request.ContentLength > max)
        {
            return DocumentEndpoints.Problem(StatusCodes.Status413PayloadTooLarge, UserErrorCodes.DocumentTooLarge, language, max / (1024 * 1024));
        }

        // Read at most one byte past the limit, so a body without a length cannot make us hold more.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max)
            {
                return DocumentEndpoints.Problem(StatusCodes.Status413PayloadTooLarge, UserErrorCodes.DocumentTooLarge, language, max / (1024 * 1024));
            }
        }

        if (buffer.Length == 0)
        {
            return DocumentEndpoints.Problem(StatusCodes.Status400BadRequest, UserErrorCodes.DocumentEmpty, language);
        }

        VerificationResult result;
        try
        {
            result = await verifier.VerifyPdfAsync(buffer.ToArray(), http.RequestAborted);
        }
        catch (UserInputException ex) when (ex.Code is UserErrorCodes.SignatureServiceUnavailable or UserErrorCodes.VerificationBusy)
        {
            http.Response.Headers.RetryAfter = "1";
            return DocumentEndpoints.Problem(StatusCodes.Status503ServiceUnavailable, ex.Code, language);
        }
        catch (UserInputException ex) when (ex.Code == UserErrorCodes.DocumentCannotBeChecked)
        {
            return DocumentEndpoints.Problem(StatusCodes.Status422UnprocessableEntity, ex.Code, language);
        }

        return Results.Json(new
        {
            verdict = ConstantCase(result.Verdict.ToString()),
            number = result.Number,
            vacancyCode = result.VacancyCode,
            signerMaskedPin = result.SignerMaskedPin,
            signedAt = result.SignedAt,
            signedDocumentSha256 = result.SignedDocumentSha256,
            basis = result.Basis is { } basis ? ConstantCase(basis.ToString()) : null,
            timeStampedAt = result.TimeStampedAt,
        });
    }

    /// <summary>NotSigned → NOT_SIGNED, as GraphQL spells the same enumeration.</summary>
    private static string ConstantCase(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
