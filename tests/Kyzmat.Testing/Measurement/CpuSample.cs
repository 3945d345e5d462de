namespace Kyzmat.Testing.Measurement;

/// <summary>
/// CPU time used so far by this process (the host and the simulated citizens) and by the PostgreSQL server, if found, and
/// the bytes this process allocated and its garbage collections (steadier between runs than CPU time).
/// </summary>
public sealed record CpuSample(TimeSpan Process, TimeSpan? Postgres, long AllocatedBytes = 0, int Collections = 0)
{
    public static CpuSample Take(int? postgresPort) => new(
        Environment.CpuUsage.TotalTime, postgresPort is { } port ? PostgresCpu.Of(port) : null, GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0));

    public CpuSample Since(CpuSample earlier) =>
        new(Process - earlier.Process, Postgres - earlier.Postgres, AllocatedBytes - earlier.AllocatedBytes, Collections - earlier.Collections);

    /// <summary>"1.9 MB allocated, 0.04 collections" per one of <paramref name="count"/>.</summary>
    public string AllocationsPerOne(int count) =>
        FormattableString.Invariant($"{AllocatedBytes / 1024d / 1024d / Math.Max(1, count):F2} MB allocated and {(double)Collections / Math.Max(1, count):F3} collections");

    /// <summary>"183 ms here + 60 ms PostgreSQL" per one of <paramref name="count"/>.</summary>
    public string PerOne(int count)
    {
        var n = Math.Max(1, count);
        var here = FormattableString.Invariant($"{Process.TotalMilliseconds / n:F1} ms in this process");
        return Postgres is { } postgres ? here + FormattableString.Invariant($" + {postgres.TotalMilliseconds / n:F1} ms PostgreSQL") : here;
    }

    public TimeSpan Total => Process + (Postgres ?? TimeSpan.Zero);
}
