using System.Net;
using Kyzmat.Recruitment.Persistence;
using Microsoft.AspNetCore.HttpOverrides;

namespace Kyzmat.Server.Hosting;

/// <summary>
/// Behind a reverse proxy (how every deployment runs): <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed
/// only from the proxies and networks configured in <c>Kyzmat:Proxy</c>, so per-address limits count each client and the
/// OpenID Connect endpoints see the HTTPS the proxy ended; from anyone else the headers are ignored (none is trusted by
/// default, not even loopback). Cookies are <c>Secure</c> in Production whatever the scheme the host sees.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddKyzmatReverseProxy(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection("Kyzmat:Proxy");
        var proxies = (section.GetSection("KnownProxies").Get<string[]>() ?? []).Select(ParseAddress).ToList();
        var networks = (section.GetSection("KnownNetworks").Get<string[]>() ?? []).Select(ParseNetwork).ToList();
        var forwardLimit = section.GetValue("ForwardLimit", 1);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = forwardLimit;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        var secureCookies = SecureCookies(configuration["Kyzmat:Http:SecureCookies"], environment);
        services.Configure<CookiePolicyOptions>(options =>
            options.Secure = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>First in the pipeline: everything after it sees the client's address and scheme.</summary>
    public static IApplicationBuilder UseKyzmatReverseProxy(this IApplicationBuilder app) => app.UseForwardedHeaders().UseCookiePolicy();

    // Empty (as an unset environment variable leaves it) means the default: Secure in Production.
    private static bool SecureCookies(string? text, IHostEnvironment environment) =>
        string.IsNullOrWhiteSpace(text) ? environment.IsProduction()
        : bool.TryParse(text, out var secure) ? secure
        : throw new KyzmatConfigurationException($"Kyzmat:Http:SecureCookies: '{text}' is neither true nor false.");

    private static IPAddress ParseAddress(string text) => IPAddress.TryParse(text, out var address)
        ? address
        : throw new KyzmatConfigurationException($"Kyzmat:Proxy:KnownProxies: '{text}' is not an IP address.");

    private static System.Net.IPNetwork ParseNetwork(string text) => System.Net.IPNetwork.TryParse(text, out var network)
        ? network
        : throw new KyzmatConfigurationException($"Kyzmat:Proxy:KnownNetworks: '{text}' is not a network in CIDR notation (e.g. 10.0.0.0/8).");
}
