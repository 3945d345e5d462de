namespace Kyzmat.Server.Jobs;

/// <summary>Configuration section <c>Kyzmat:Jobs</c>.</summary>
public sealed class JobServerOptions
{
    public const string Section = "Kyzmat:Jobs";

    /// <summary>Run a job server in this host. Off for a host that only serves requests.</summary>
    public bool Server { get; set; } = true;

    /// <summary>Worker threads; 0 means Hangfire's default (processors × 5, at most 20).</summary>
    public int WorkerCount { get; set; }

    /// <summary>
    /// PostgreSQL and SQL Server: how long a job that a host fetched and then died with stays invisible before another
    /// host runs it. Hosts that live keep extending their jobs' time, so long jobs are not run twice.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
