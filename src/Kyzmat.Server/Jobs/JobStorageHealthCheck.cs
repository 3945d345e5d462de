using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kyzmat.Server.Jobs;

/// <summary>Ready when the job storage answers a query.</summary>
internal sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var statistics = storage.GetMonitoringApi().GetStatistics();
            return Task.FromResult(HealthCheckResult.Healthy($"{statistics.Servers} job server(s), {statistics.Enqueued} job(s) enqueued"));
        }
#pragma warning disable CA1031 // any failure of the storage means "not ready"; the reason is reported
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The job storage does not answer.", ex));
        }
    }
}
