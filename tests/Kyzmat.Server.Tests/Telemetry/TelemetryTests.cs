using System.Net;
using System.Text;
using System.Threading.Channels;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing;
using Kyzmat.Testing.Host;
using Kyzmat.Workflows.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kyzmat.Server.Tests.Telemetry;

/// <summary>OpenTelemetry as an operator reads it: a Prometheus scrape on the metrics port, traces pushed to a collector.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Metrics_OnTheMetricsPort_CountTheEnginesInstancesAndTheHttpRequests()
    {
        var port = TestEnvironment.FreeTcpPort();
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite, port: port, settings: new() { ["Kyzmat:Telemetry:MetricsPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>().StartByKeyAsync("application-lifecycle", businessKey: "metrics-test");
        }

        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        await http.GetAsync(new Uri("/api/vacancies", UriKind.Relative));
        var scraped = await Eventually.WaitForAsync(
            () => http.GetStringAsync(new Uri("/metrics", UriKind.Relative)),
            text => text.Contains("kyzmat_workflow_instances_started_total", StringComparison.Ordinal),
            "the scrape shows the started instance");

        Assert.Contains("process=\"application-lifecycle\"", scraped, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", scraped, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_OnThePortalsPort_AreNotServed()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite, settings: new() { ["Kyzmat:Telemetry:MetricsPort"] = TestEnvironment.FreeTcpPort().ToString(System.Globalization.CultureInfo.InvariantCulture) });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.DoesNotContain("# TYPE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Traces_ArePushedToTheConfiguredCollector_OverOtlpHttp()
    {
        await using var collector = await OtlpCollector.StartAsync();
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite, settings: new() { ["Kyzmat:Telemetry:OtlpEndpoint"] = collector.BaseAddress.AbsoluteUri });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        await http.GetAsync(new Uri("/api/vacancies", UriKind.Relative));
        var export = await collector.NextAsync("/v1/traces");

        Assert.Equal("application/x-protobuf", export.ContentType);
        var text = Encoding.UTF8.GetString(export.Body); // protobuf keeps strings as UTF-8 bytes
        Assert.Contains("kyzmat", text, StringComparison.Ordinal);
        Assert.Contains("/api/vacancies", text, StringComparison.Ordinal);
    }

    /// <summary>An OpenTelemetry collector's OTLP/HTTP receiver: it accepts exports and hands them to the test.</summary>
    private sealed class OtlpCollector : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly Channel<(string Path, string? ContentType, byte[] Body)> _exports = Channel.CreateUnbounded<(string, string?, byte[])>();

        private OtlpCollector(WebApplication app) => _app = app;

        public Uri BaseAddress => new(_app.Urls.First());

        public static async Task<OtlpCollector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var collector = new OtlpCollector(app);
            app.MapPost("/v1/{signal}", async (HttpContext context) =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                collector._exports.Writer.TryWrite((context.Request.Path, context.Request.ContentType, body.ToArray()));
                context.Response.ContentType = "application/x-protobuf";
                return Results.Bytes([], "application/x-protobuf"); // an empty Export…ServiceResponse: all accepted
            });
            await app.StartAsync();
            return collector;
        }

        public async Task<(string Path, string? ContentType, byte[] Body)> NextAsync(string path)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (true)
            {
                var export = await _exports.Reader.ReadAsync(timeout.Token);
                if (export.Path == path)
                {
                    return export;
                }
            }
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
