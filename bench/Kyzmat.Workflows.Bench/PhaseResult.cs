using Kyzmat.Testing.Measurement;

namespace Kyzmat.Workflows.Bench;

/// <summary>
/// How many operations a phase did in how long; whether the run's deadline stopped it before it did them all; and how
/// many saves lost to another command on the same instance and were retried (the multi-instance completions); the CPU
/// time spent meanwhile in this process and in PostgreSQL.
/// </summary>
public sealed record PhaseResult(string Name, int Done, TimeSpan Elapsed, bool CutShort = false, int Retries = 0)
{
    public double PerSecond => Done / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public double SecondsPerOperation => Elapsed.TotalSeconds / Math.Max(Done, 1);

    public CpuSample? Cpu { get; init; }

    /// <summary>Commands sent to the database during the phase (see <see cref="CommandCounter"/>).</summary>
    public long Commands { get; init; }

    public double CommandsPerOperation => (double)Commands / Math.Max(Done, 1);

    /// <summary>Milliseconds of CPU per operation: this process, PostgreSQL (0 on SQLite), and both.</summary>
    public (double Process, double Postgres, double Total) CpuPerOperation =>
        Cpu is null ? default : (Cpu.Process.TotalMilliseconds / Math.Max(Done, 1), (Cpu.Postgres?.TotalMilliseconds ?? 0) / Math.Max(Done, 1), Cpu.Total.TotalMilliseconds / Math.Max(Done, 1));
}
