using System.Globalization;

namespace Kyzmat.Testing.Measurement;

/// <summary>
/// CPU time of the PostgreSQL server listening on a port of this machine (its postmaster, the children it runs, and
/// those that ended), read from Linux's /proc; null where it cannot be found (another OS, a server elsewhere).
/// </summary>
public static class PostgresCpu
{
    private const double TicksPerSecond = 100; // USER_HZ, 100 on Linux

    public static TimeSpan? Of(int port)
    {
        if (!Directory.Exists("/proc"))
        {
            return null;
        }

        var processes = Directory.GetDirectories("/proc").Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0).Select(Read).OfType<ProcessCpu>().ToList();
        var postmaster = processes.FirstOrDefault(p => p.CommandLine.Contains("postgres", StringComparison.Ordinal) && p.CommandLine.Contains($" -p {port} ", StringComparison.Ordinal));
        if (postmaster is null)
        {
            return null;
        }

        var ticks = postmaster.Ticks + postmaster.ChildrenTicks + processes.Where(p => p.ParentId == postmaster.Id).Sum(p => p.Ticks);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    private static ProcessCpu? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // After the command in parentheses: state ppid … utime(14) stime(15) cutime(16) cstime(17), counted from pid as field 1.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
            return new ProcessCpu(pid, (int)Field(4), Field(14) + Field(15), Field(16) + Field(17), commandLine);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null; // ended meanwhile, or not ours to read
        }
    }

    private sealed record ProcessCpu(int Id, int ParentId, long Ticks, long ChildrenTicks, string CommandLine);
}
