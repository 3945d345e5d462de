using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Bench;

/// <summary>
/// The same state changes as the engine's runs, written by hand in SQL on the same tables: per command the reads it
/// needs, checked task updates, versioned instance updates, the next task or job rows and the same audit rows; per job a
/// claim, then delete + instance update + next task + audit. One transaction per command, as the engine. Each phase's
/// result is added to <c>results</c> as it ends.
/// </summary>
public static class SqlBaseline
{
    public static async Task RunAsync(Func<BenchContext> contexts, bool sqlite, Workload size, List<PhaseResult> results, CancellationToken ct)
    {
        // A connection per worker, and per inner task of the multi-instance completions, which run at once.
        var workers = size.Workers;
        var connections = new DbConnection[workers * Workload.Members];
        try
        {
            for (var n = 0; n < connections.Length; n++)
            {
                connections[n] = contexts().Database.GetDbConnection();
                await connections[n].OpenAsync(ct).ConfigureAwait(false);
            }

            var sql = new BaselineSql(sqlite);
            var ids = Enumerable.Range(0, size.Instances).Select(_ => (Instance: Guid.NewGuid(), First: Guid.NewGuid(), Job: Guid.NewGuid(), Second: Guid.NewGuid())).ToArray();
            var limit = size.PhaseLimit;
            var started = await Phase.RunAsync(PhaseNames.Start, size.Instances, workers, (w, i) => sql.StartAsync(connections[w], ids[i].Instance, ids[i].First, i, ct), limit, ct).ConfigureAwait(false);
            results.Add(started);
            results.Add(await Phase.RunAsync(PhaseNames.CompleteFirst, started.Done, workers,
                (w, i) => sql.CompleteFirstAsync(connections[w], ids[i].Instance, ids[i].First, ids[i].Job, ct), limit, ct).ConfigureAwait(false));
            var due = await sql.DueJobsAsync(connections[0], ct).ConfigureAwait(false);
            var jobs = await Phase.RunAsync(PhaseNames.RunJob, due.Count, 1, (w, i) => sql.RunJobAsync(connections[w], due[i], ct), limit, ct).ConfigureAwait(false);
            results.Add(jobs);
            var second = ids.Take(jobs.Done).ToArray();
            results.Add(await Phase.RunAsync(PhaseNames.CompleteSecond, second.Length, workers,
                (w, i) => sql.CompleteSecondAsync(connections[w], second[i].Instance, ct), limit, ct).ConfigureAwait(false));
            await MultiInstanceAsync(connections, sqlite, size, results, ct).ConfigureAwait(false);
            await CallActivityAsync(connections, sqlite, size, results, ct).ConfigureAwait(false);
        }
        finally
        {
            foreach (var connection in connections.Where(c => c is not null))
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task MultiInstanceAsync(DbConnection[] connections, bool sqlite, Workload size, List<PhaseResult> results, CancellationToken ct)
    {
        var sql = new MultiInstanceBaseline(sqlite);
        var tasks = new Guid[size.MultiInstances][];
        results.Add(await Phase.RunAsync(PhaseNames.MultiStart, size.MultiInstances, size.Workers,
            async (w, i) => tasks[i] = await sql.StartAsync(connections[w * Workload.Members], i, ct).ConfigureAwait(false), size.PhaseLimit, ct).ConfigureAwait(false));
        var instances = tasks.Where(t => t is not null).ToArray();
        // The five completions of one instance at once, each on its own connection and thread (SQLite's driver is synchronous).
        var completed = await Phase.RunAsync(PhaseNames.MultiComplete, instances.Length, size.Workers, (w, i) =>
            Task.WhenAll(instances[i].Select((task, k) => Task.Run(() => sql.CompleteAsync(connections[w * Workload.Members + k], task, k, ct), CancellationToken.None))),
            size.ContendedLimit, ct).ConfigureAwait(false);
        results.Add(completed with { Done = completed.Done * Workload.Members, Retries = sql.Retries });
    }

    private static async Task CallActivityAsync(DbConnection[] connections, bool sqlite, Workload size, List<PhaseResult> results, CancellationToken ct)
    {
        var sql = new CallActivityBaseline(sqlite);
        var started = new Guid[size.Instances];
        results.Add(await Phase.RunAsync(PhaseNames.CallStart, size.Instances, size.Workers,
            async (w, i) => started[i] = await sql.StartAsync(connections[w * Workload.Members], i, ct).ConfigureAwait(false), size.PhaseLimit, ct).ConfigureAwait(false));
        var tasks = started.Where(t => t != Guid.Empty).ToArray();
        results.Add(await Phase.RunAsync(PhaseNames.CallComplete, tasks.Length, size.Workers,
            (w, i) => sql.CompleteAsync(connections[w * Workload.Members], tasks[i], ct), size.PhaseLimit, ct).ConfigureAwait(false));
    }
}
