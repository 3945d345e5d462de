using System.Threading.RateLimiting;
using Kyzmat.GraphQL.Authorization;
using Kyzmat.GraphQL.Common;
using Kyzmat.Identity.Http;
using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Documents;
using Kyzmat.Recruitment.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Kyzmat.GraphQL.Documents;

/// <summary>
/// <c>POST /api/documents</c> (multipart, one file) returns the id that GraphQL mutations attach;
/// <c>GET /api/documents/{id}</c> gives the file back to its owner. The body is streamed, never buffered whole.
/// </summary>
public static class DocumentEndpoints
{
    /// <summary>Uploads per citizen (or, before sign-in is checked, per client address) in a 10-minute window, on each host.</summary>
    public const string UploadRateLimitPolicy = "kyzmat-uploads";

    public static IServiceCollection AddDocumentUploadRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(limiter => limiter.AddPolicy(UploadRateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
            TryCitizen(context, out var citizenId) ? "citizen:" + citizenId : "address:" + (ClientNetwork.LimitKeyOf(context) ?? "unknown"),
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = context.RequestServices.GetRequiredService<IOptions<DocumentOptions>>().Value.UploadsPer10Minutes,
                Window = TimeSpan.FromMinutes(10),
                QueueLimit = 0,
            })));

    public static void MapKyzmatDocuments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/documents", UploadAsync).DisableAntiforgery().RequireRateLimiting(UploadRateLimitPolicy);
        endpoints.MapGet("/api/documents/{id:guid}", DownloadAsync);
    }

    private static async Task<IResult> UploadAsync(HttpContext http, DocumentUploads uploads, IOptions<DocumentOptions> options)
    {
        var language = RequestLanguage.Of(http.Request);
        if (!TryCitizen(http, out var citizenId))
        {
            return Problem(StatusCodes.Status401Unauthorized, UserErrorCodes.NotAuthenticated, language);
        }

        if (http.Request.ContentLength > options.Value.MaxBytes + 64 * 1024)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, UserErrorCodes.DocumentTooLarge, language, options.Value.MaxBytes / (1024 * 1024));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.Value.MaxBytes + 64 * 1024;
        }

        var boundary = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) ? HeaderUtilities.RemoveQuotes(type.Boundary).Value : null;
        if (string.IsNullOrEmpty(boundary) || type?.MediaType.Value != "multipart/form-data")
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, UserErrorCodes.InvalidInput, language);
        }

        try
        {
            var reader = new MultipartReader(boundary, http.Request.Body);
            for (var section = await reader.ReadNextSectionAsync(http.RequestAborted); section is not null; section = await reader.ReadNextSectionAsync(http.RequestAborted))
            {
                if (section.GetContentDispositionHeader() is { } disposition && disposition.IsFileDisposition())
                {
                    var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value;
                    var document = await uploads.UploadAsync(citizenId, name, section.Body, http.RequestAborted);
                    return Results.Created($"/api/documents/{document.Id}", new
                    {
                        id = document.Id,
                        fileName = document.FileName,
                        format = document.Format.ToString().ToUpperInvariant(),
                        sizeBytes = document.SizeBytes,
                    });
                }
            }
        }
        catch (UserInputException ex)
        {
            var status = ex.Code == UserErrorCodes.DocumentTooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            return Results.Json(new { code = ex.Code, message = ex.MessageIn(language) }, statusCode: status);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return Problem(StatusCodes.Status400BadRequest, UserErrorCodes.InvalidInput, language);
        }

        return Problem(StatusCodes.Status400BadRequest, UserErrorCodes.InvalidInput, language);
    }

    private static async Task<IResult> DownloadAsync(HttpContext http, Guid id, KyzmatDbContext db, IDocumentStorage storage, ApplicationReader applications)
    {
        var language = RequestLanguage.Of(http.Request);
        if (!TryCitizen(http, out var citizenId))
        {
            return Problem(StatusCodes.Status401Unauthorized, UserErrorCodes.NotAuthenticated, language);
        }

        // The owner, or HR of a body the owner filed an application to; anyone else's answers exactly like a missing one.
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, http.RequestAborted);
        if (document is null
            || (document.OwnerId != citizenId && !await applications.IsReviewerOfApplicantAsync(citizenId, document.OwnerId, http.RequestAborted)))
        {
            return Problem(StatusCodes.Status404NotFound, UserErrorCodes.NotFound, language);
        }

        var content = await storage.OpenReadAsync(document.StorageKey, http.RequestAborted);
        return Results.File(content, document.ContentType, document.FileName);
    }

    internal static bool TryCitizen(HttpContext http, out Guid citizenId)
    {
        citizenId = default;
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        citizenId = CurrentCitizen.IdOf(http.User);
        return true;
    }

    internal static IResult Problem(int status, string code, string language, params object[] arguments) =>
        Results.Json(new { code, message = UserErrorMessages.Format(code, language, arguments) }, statusCode: status);
}
