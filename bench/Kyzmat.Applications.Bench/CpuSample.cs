namespace Kyzmat.Applications.Bench;

/// <summary>CPU time used so far by this process (the host and the simulated citizens) and by the PostgreSQL server, if found.</summary>
internal sealed record CpuSample(TimeSpan Process, TimeSpan? Postgres)
{
    public static CpuSample Take(int? postgresPort) => new(Environment.CpuUsage.TotalTime, postgresPort is { } port ? PostgresCpu.Of(port) : null);

    public CpuSample Since(CpuSample earlier) => new(Process - earlier.Process, Postgres - earlier.Postgres);

    /// <summary>"183 ms here + 60 ms PostgreSQL" per one of <paramref name="count"/>.</summary>
    public string PerOne(int count)
    {
        var n = Math.Max(1, count);
        var here = FormattableString.Invariant($"{Process.TotalMilliseconds / n:F1} ms in this process");
        return Postgres is { } postgres ? here + FormattableString.Invariant($" + {postgres.TotalMilliseconds / n:F1} ms PostgreSQL") : here;
    }

    public TimeSpan Total => Process + (Postgres ?? TimeSpan.Zero);
}
