using System.Globalization;
using Npgsql;

namespace Kyzmat.Applications.Bench;

/// <summary>
/// PostgreSQL's own time per statement during the path (planning and execution, from <c>pg_stat_statements</c>), per
/// filed application: where PostgreSQL's share of the CPU goes. Needs the module preloaded, so the bench asks its
/// private cluster for it (<c>--pg-statements</c>) before the cluster starts.
/// </summary>
internal static class PostgresStatements
{
    public const string ServerOptions = "-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all";

    public static async Task ResetAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", connection);
        await create.ExecuteNonQueryAsync();
        await using var reset = new NpgsqlCommand("SELECT pg_stat_statements_reset(), pg_stat_reset()", connection);
        await reset.ExecuteNonQueryAsync();
    }

    public static async Task PrintAsync(string provider, string connectionString, int filed, int top = 20)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT calls, total_plan_time + total_exec_time AS ms, rows, left(regexp_replace(query, '\s+', ' ', 'g'), 110)
            FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            ORDER BY ms DESC LIMIT $1
            """, connection);
        command.Parameters.AddWithValue(top);
        await using var reader = await command.ExecuteReaderAsync();
        Console.WriteLine($"{provider,-11} PostgreSQL's time per filed application by statement (pg_stat_statements, top {top}): calls, ms");
        while (await reader.ReadAsync())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{provider,-11} {reader.GetInt64(0) / (double)filed,6:F2} {reader.GetDouble(1) / filed,7:F3}  {reader.GetString(3)}"));
        }

        await reader.CloseAsync();
        await PrintWholeTableReadsAsync(provider, connection, filed);
    }

    /// <summary>
    /// Tables read whole (sequential scans) during the path: a lookup without an index grows with the table. Approximate:
    /// PostgreSQL publishes a session's table counters at most once a second (an idle one's after ten), so the last
    /// second of the path may be missing and the baseline's last second included.
    /// </summary>
    private static async Task PrintWholeTableReadsAsync(string provider, NpgsqlConnection connection, int filed)
    {
        await using var command = new NpgsqlCommand(
            "SELECT relname, seq_scan, seq_tup_read FROM pg_stat_user_tables WHERE seq_scan > 0 ORDER BY seq_tup_read DESC LIMIT 10", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Console.WriteLine($"{provider,-11} tables read whole during the path (approximately), per filed application: scans, rows read");
        while (await reader.ReadAsync())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{provider,-11} {reader.GetInt64(1) / (double)filed,6:F2} {reader.GetInt64(2) / (double)filed,9:F0}  {reader.GetString(0)}"));
        }
    }
}
