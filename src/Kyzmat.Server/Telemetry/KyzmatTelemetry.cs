using Kyzmat.Workflows.Diagnostics;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Kyzmat.Server.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics — ASP.NET Core, outgoing HTTP, PostgreSQL (Npgsql), EF Core, and the workflow
/// engine's counters — to an OTLP collector and/or a Prometheus scrape endpoint on a port of its own. Logs stay with
/// Serilog, which masks them. Off unless configured: the listeners cost CPU on every request.
/// </summary>
internal static class KyzmatTelemetry
{
    public static IServiceCollection AddKyzmatTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddSingleton(options);
        if (!options.Enabled)
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("kyzmat", serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}"))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health") && !http.Request.Path.StartsWithSegments("/metrics"))
                    .AddHttpClientInstrumentation()
                    .AddNpgsql();
                if (options.OtlpEndpoint is { } endpoint)
                {
                    tracing.AddOtlpExporter(o => Point(o, options, endpoint, "v1/traces"));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddMeter(WorkflowMetrics.MeterName, "Npgsql", "Microsoft.EntityFrameworkCore");
                if (options.OtlpEndpoint is { } endpoint)
                {
                    metrics.AddOtlpExporter((exporter, reader) =>
                    {
                        Point(exporter, options, endpoint, "v1/metrics");
                        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)options.OtlpMetricsInterval.TotalMilliseconds;
                    });
                }

                if (options.MetricsPort is not null)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        return services;
    }

    /// <summary><c>/metrics</c> for Prometheus, answered only on the configured metrics port.</summary>
    public static WebApplication MapKyzmatMetrics(this WebApplication app)
    {
        if (app.Services.GetRequiredService<TelemetryOptions>().MetricsPort is { } port)
        {
            app.MapPrometheusScrapingEndpoint("/metrics").RequireHost($"*:{port}");
        }

        return app;
    }

    private static void Point(OtlpExporterOptions exporter, TelemetryOptions options, Uri endpoint, string signalPath)
    {
        exporter.Protocol = options.OtlpProtocol == OtlpTransport.Grpc ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
        // Over HTTP each signal has its own path under the collector's address; gRPC takes the address as it is.
        exporter.Endpoint = options.OtlpProtocol == OtlpTransport.Grpc ? endpoint : new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/" + signalPath);
    }
}
