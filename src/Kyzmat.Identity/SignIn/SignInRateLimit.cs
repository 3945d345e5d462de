using System.Globalization;
using System.Threading.RateLimiting;
using Kyzmat.Identity.Pages;
using Kyzmat.Recruitment.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Kyzmat.Identity.SignIn;

/// <summary>
/// What the rate limiter answers: the sign-in page saying when to try again, or for an API request (/api/…) the
/// JSON error every endpoint there uses, code RATE_LIMITED.
/// </summary>
internal static class SignInRateLimit
{
    public static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var language = UiLanguage.Of(context);
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            await context.Response.WriteAsJsonAsync(
                new { code = UserErrorCodes.RateLimited, message = UserErrorMessages.Format(UserErrorCodes.RateLimited, language, seconds) }, cancellationToken);
            return;
        }

        var page = PageLayout.Html(context, language, Texts.Get("signin_title", language),
            PageLayout.Error(Texts.Format("err_rate", language, seconds)), StatusCodes.Status429TooManyRequests);
        await page.ExecuteAsync(context);
    }
}
