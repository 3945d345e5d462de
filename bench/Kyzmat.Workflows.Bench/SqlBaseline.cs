using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Bench;

/// <summary>
/// The same state changes as the engine's six-step run, written by hand in SQL on the same tables: per command the reads it
/// needs, a checked task update, a versioned instance update, the next task or job row and the same audit rows; per job a
/// claim, then delete + instance update + next task + audit. One transaction per command, as the engine.
/// </summary>
public static class SqlBaseline
{
    public static async Task<IReadOnlyList<PhaseResult>> RunAsync(Func<BenchContext> contexts, bool sqlite, int instances, int workers, TimeSpan limit, CancellationToken ct)
    {
        var connections = new DbConnection[workers];
        for (var w = 0; w < workers; w++)
        {
            connections[w] = contexts().Database.GetDbConnection();
            await connections[w].OpenAsync(ct).ConfigureAwait(false);
        }

        var sql = new BaselineSql(sqlite);
        var ids = Enumerable.Range(0, instances).Select(_ => (Instance: Guid.NewGuid(), First: Guid.NewGuid(), Job: Guid.NewGuid(), Second: Guid.NewGuid())).ToArray();
        try
        {
            var results = new List<PhaseResult>
            {
                await Phase.RunAsync("start instance", instances, workers, (w, i) => sql.StartAsync(connections[w], ids[i].Instance, ids[i].First, i, ct), limit, ct).ConfigureAwait(false),
            };
            results.Add(await Phase.RunAsync("complete user task 1", results[0].Done, workers,
                (w, i) => sql.CompleteFirstAsync(connections[w], ids[i].Instance, ids[i].First, ids[i].Job, ct), limit, ct).ConfigureAwait(false));
            var due = await sql.DueJobsAsync(connections[0], ct).ConfigureAwait(false);
            var jobs = await Phase.RunAsync("run service job", due.Count, 1, (w, i) => sql.RunJobAsync(connections[w], due[i], ct), limit, ct).ConfigureAwait(false);
            results.Add(jobs);
            var second = ids.Take(jobs.Done).ToArray();
            results.Add(await Phase.RunAsync("complete user task 2", second.Length, workers,
                (w, i) => sql.CompleteSecondAsync(connections[w], second[i].Instance, ct), limit, ct).ConfigureAwait(false));
            return results;
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
