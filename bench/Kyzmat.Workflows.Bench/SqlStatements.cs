using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Kyzmat.Workflows.Bench;

/// <summary>What every hand-written baseline shares: commands with parameters (GUIDs as SQLite stores them), checked writes, audit rows.</summary>
internal abstract class SqlStatements
{
    protected SqlStatements(bool sqlite) => Sqlite = sqlite;

    protected bool Sqlite { get; }

    /// <summary>An audit row as the engine writes it (the six-step baseline leaves token, actor and data out).</summary>
    protected readonly record struct HistoryRow(Guid Instance, string Type, string? Element, Guid? Token = null, string? Actor = null, string? Data = null);

    /// <summary>The latest version's id of a deployed process, as the engine looks it up on every start.</summary>
    protected async Task<string> LatestDefinitionAsync(DbConnection c, DbTransaction? tx, string key, CancellationToken ct) =>
        (string)(await ScalarAsync(c, tx, """SELECT "Id" FROM wf_definitions WHERE "Key"=@key ORDER BY "Version" DESC LIMIT 1""", ct, ("@key", key)).ConfigureAwait(false))!;

    /// <summary>The audit rows of one command as one multi-row insert.</summary>
    protected async Task HistoryAsync(DbConnection c, DbTransaction tx, DateTime now, CancellationToken ct, IReadOnlyList<HistoryRow> rows)
    {
        var text = new StringBuilder("""INSERT INTO wf_history ("InstanceId","EventType","ElementId","TokenId","Actor","DataJson","OccurredAt") VALUES """);
        var parameters = new List<(string, object)> { ("@now", now) };
        for (var r = 0; r < rows.Count; r++)
        {
            text.Append(r == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"(@i{r},@t{r},@e{r},@k{r},@a{r},@d{r},@now)");
            parameters.Add(($"@i{r}", rows[r].Instance));
            parameters.Add(($"@t{r}", rows[r].Type));
            parameters.Add(($"@e{r}", (object?)rows[r].Element ?? DBNull.Value));
            parameters.Add(($"@k{r}", (object?)rows[r].Token ?? DBNull.Value));
            parameters.Add(($"@a{r}", (object?)rows[r].Actor ?? DBNull.Value));
            parameters.Add(($"@d{r}", (object?)rows[r].Data ?? DBNull.Value));
        }

        await using var command = Command(c, tx, text.ToString(), parameters.ToArray());
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    protected Guid ReadGuid(DbDataReader reader, int ordinal) => Sqlite ? Guid.Parse(reader.GetString(ordinal)) : reader.GetGuid(ordinal);

    protected async Task<object?> ScalarAsync(DbConnection c, DbTransaction? tx, string text, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(c, tx, text, parameters);
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
    }

    protected async Task ExecAsync(DbConnection c, DbTransaction tx, string text, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        if (await CountAsync(c, tx, text, ct, parameters).ConfigureAwait(false) != 1)
        {
            throw new InvalidOperationException("Baseline statement did not change exactly one row: " + text);
        }
    }

    /// <summary>Runs a write and returns how many rows it changed (0: a version check failed).</summary>
    protected async Task<int> CountAsync(DbConnection c, DbTransaction tx, string text, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(c, tx, text, parameters);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    protected DbCommand Command(DbConnection c, DbTransaction? tx, string text, params (string Name, object Value)[] parameters)
    {
        var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = text;
        foreach (var (name, value) in parameters)
        {
            Add(command, name, value);
        }

        return command;
    }

    protected void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = Sqlite && value is Guid g ? g.ToString().ToUpperInvariant() : value;
        command.Parameters.Add(parameter);
    }
}
