using Hangfire;

namespace Kyzmat.Applications.Bench;

/// <summary>The host's background jobs (Hangfire) so far: finished (succeeded, failed or deleted) and waiting for their time.</summary>
internal sealed record JobCounts(long Finished, long Scheduled)
{
    public static JobCounts Take(JobStorage storage)
    {
        var statistics = storage.GetMonitoringApi().GetStatistics();
        return new JobCounts(statistics.Succeeded + statistics.Failed + statistics.Deleted, statistics.Scheduled);
    }

    public JobCounts Since(JobCounts earlier) => new(Finished - earlier.Finished, Scheduled - earlier.Scheduled);
}
