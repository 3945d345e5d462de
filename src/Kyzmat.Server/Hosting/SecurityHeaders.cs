using Microsoft.Net.Http.Headers;

namespace Kyzmat.Server.Hosting;

/// <summary>
/// Headers every answer of the host carries (decision 0012): <c>X-Content-Type-Options: nosniff</c>,
/// <c>X-Frame-Options: DENY</c>, <c>Referrer-Policy: no-referrer</c>, and a Content-Security-Policy — the portal's
/// (<see cref="PortalPolicy"/>) unless the endpoint set its own (the sign-in pages set a stricter one). The job
/// dashboard (<c>/hangfire</c>, Hangfire's own pages) and the OpenID Connect endpoints (<c>/connect/…</c>, whose
/// <c>form_post</c> answers submit themselves with a script) keep the other headers but no CSP.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// No inline or foreign script; styles from the host and inline — bpmn-js and form-js write <c>style</c>
    /// attributes into markup they build (icons, overlays, popups), which a stricter <c>style-src</c> would break;
    /// styles cannot run script. <c>data:</c> and <c>blob:</c> images for bpmn-js's icons and diagram exports.
    /// </summary>
    public const string PortalPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseKyzmatSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers[HeaderNames.XFrameOptions] = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            var path = context.Request.Path;
            if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy)
                && !path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase)
                && !path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase))
            {
                headers[HeaderNames.ContentSecurityPolicy] = PortalPolicy;
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
