using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Model;

namespace Kyzmat.Testing.Host;

/// <summary>
/// The load balancer in front of several hosts, as an operator's nginx would be (docs/operations.md): each request
/// to the next host in turn, the Host header kept (the hosts build URLs and the token issuer from it), X-Forwarded-*
/// added. YARP, in process on a real socket.
/// </summary>
public sealed class RoundRobinProxy : IAsyncDisposable
{
    private const string Cluster = "kyzmat";

    private readonly WebApplication _app;
    private readonly InMemoryConfigProvider _config;
    private readonly IReadOnlyList<RouteConfig> _routes;
    private readonly ConcurrentDictionary<string, int> _served = new();

    private RoundRobinProxy(WebApplication app, InMemoryConfigProvider config, IReadOnlyList<RouteConfig> routes)
    {
        _app = app;
        _config = config;
        _routes = routes;
    }

    public Uri BaseAddress => new(_app.Urls.First());

    /// <summary>How many requests each host (by its address) has answered.</summary>
    public IReadOnlyDictionary<string, int> Served => _served;

    public static async Task<RoundRobinProxy> StartAsync(params Uri[] hosts)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        IReadOnlyList<RouteConfig> routes =
        [
            new RouteConfig
            {
                RouteId = "everything",
                ClusterId = Cluster,
                Match = new RouteMatch { Path = "{**path}" },
                Transforms = [new Dictionary<string, string> { ["RequestHeaderOriginalHost"] = "true" }],
            },
        ];
        builder.Services.AddReverseProxy().LoadFromMemory(routes, [ClusterOf(hosts)]);
        var app = builder.Build();
        var proxy = new RoundRobinProxy(app, app.Services.GetRequiredService<InMemoryConfigProvider>(), routes);
        app.MapReverseProxy(pipeline => pipeline.Use(async (context, next) =>
        {
            await next();
            if (context.GetReverseProxyFeature().ProxiedDestination is { } served)
            {
                proxy._served.AddOrUpdate(served.Model.Config.Address, 1, (_, n) => n + 1);
            }
        }));
        await app.StartAsync();
        return proxy;
    }

    /// <summary>From now on only these hosts get requests (the operator took the others out before stopping them).</summary>
    public void SendOnlyTo(params Uri[] hosts) => _config.Update(_routes, [ClusterOf(hosts)]);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static ClusterConfig ClusterOf(Uri[] hosts) => new()
    {
        ClusterId = Cluster,
        LoadBalancingPolicy = "RoundRobin",
        Destinations = hosts.Select((h, i) => (h, i)).ToDictionary(d => $"host-{d.i}", d => new DestinationConfig { Address = d.h.AbsoluteUri }),
    };
}
