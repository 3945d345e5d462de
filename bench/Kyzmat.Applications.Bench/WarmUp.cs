using System.Globalization;
using System.Runtime;

namespace Kyzmat.Applications.Bench;

/// <summary>
/// Runs the warm-up citizens through the path again and again, each round on a vacancy of its own (one application per
/// citizen and vacancy), until the runtime has stopped compiling: with tiered compilation a method becomes optimised
/// code only after it has been called often enough, and behind a backlog of everything the set-up's sign-ins
/// touched. Between rounds, and before the first, the host idles until the JIT has nothing left to compile (the
/// runtime promotes methods in the background, behind whatever is still being compiled for the first time).
/// Measured after one round of 400 citizens, the path still paid for compiling what the set-up's sign-ins had used
/// (JOURNAL.md beside this file, "Sixth round").
/// </summary>
internal static class WarmUp
{
    /// <summary>Settled: fewer methods compiled per application in a round than this.</summary>
    private const double SettledMethodsPerApplication = 0.25;

    public static async Task RunAsync(
        Func<int, Task<Guid>> publishVacancy, GraphQLCaller graphql, CodeMailbox mail, IReadOnlyList<BenchCitizen> citizens,
        int concurrency, int maxRounds, string label)
    {
        await WaitForQuietJitAsync(label);
        for (var round = 1; round <= maxRounds && citizens.Count > 0; round++)
        {
            var vacancyId = await publishVacancy(round);
            var compiledBefore = JitInfo.GetCompiledMethodCount();
            var run = await PathRun.RunAsync(new CitizenPath(graphql, mail, vacancyId, new StepTimings()), citizens, concurrency, new StepTimings());
            var compiled = JitInfo.GetCompiledMethodCount() - compiledBefore;
            var perApplication = (double)compiled / Math.Max(1, run.Filed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label,-11} warm-up round {round}: {run.Filed} filed at {run.FiledPerSecond:F1}/s, {compiled} methods compiled ({perApplication:F2} per application)"));
            if (run.Failed > 0)
            {
                Console.WriteLine($"{label,-11} warm-up failures: {run.Failed}; first: {run.FirstError}");
            }

            await WaitForQuietJitAsync(label);
            if (perApplication < SettledMethodsPerApplication)
            {
                return;
            }
        }

        Console.WriteLine($"{label,-11} warm-up: still compiling after {maxRounds} rounds; the figures below include the JIT's work");
    }

    /// <summary>Waits (at most two minutes) until no method has been compiled for three seconds in a row.</summary>
    public static async Task WaitForQuietJitAsync(string label)
    {
        var started = DateTime.UtcNow;
        var first = JitInfo.GetCompiledMethodCount();
        var last = first;
        var quietSeconds = 0;
        while (quietSeconds < 3 && DateTime.UtcNow - started < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var now = JitInfo.GetCompiledMethodCount();
            quietSeconds = now == last ? quietSeconds + 1 : 0;
            last = now;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-11} idle {(DateTime.UtcNow - started).TotalSeconds:F0} s: {last - first} methods compiled meanwhile{(quietSeconds < 3 ? ", still compiling" : "")}"));
    }
}
