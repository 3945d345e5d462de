using System.Globalization;
using System.Threading.RateLimiting;
using Kyzmat.Identity.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Kyzmat.Identity.SignIn;

/// <summary>The page shown when the rate limiter refuses a sign-in request: says when to try again.</summary>
internal static class SignInRateLimit
{
    public static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var language = UiLanguage.Of(context);
        var page = PageLayout.Html(context, language, Texts.Get("signin_title", language),
            PageLayout.Error(Texts.Format("err_rate", language, seconds)), StatusCodes.Status429TooManyRequests);
        await page.ExecuteAsync(context);
    }
}
