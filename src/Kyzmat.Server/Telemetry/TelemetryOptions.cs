namespace Kyzmat.Server.Telemetry;

/// <summary>Configuration section <c>Kyzmat:Telemetry</c>: where traces and metrics go. Nothing is collected unless one is set.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Kyzmat:Telemetry";

    /// <summary>An OpenTelemetry collector (OTLP) for traces and metrics, e.g. <c>http://otel-collector:4318</c>.</summary>
    public Uri? OtlpEndpoint { get; set; }

    public OtlpTransport OtlpProtocol { get; set; } = OtlpTransport.HttpProtobuf;

    /// <summary>How often metrics are pushed to the collector.</summary>
    public TimeSpan OtlpMetricsInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The port on which <c>/metrics</c> answers Prometheus's scrape — one the host also listens on (add it to <c>Urls</c>)
    /// and that only the monitoring network reaches. On every other port <c>/metrics</c> does not exist.
    /// </summary>
    public int? MetricsPort { get; set; }

    public bool Enabled => OtlpEndpoint is not null || MetricsPort is not null;
}

public enum OtlpTransport
{
    HttpProtobuf,
    Grpc,
}
