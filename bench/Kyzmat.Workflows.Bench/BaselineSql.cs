using System.Data.Common;
using System.Text;

namespace Kyzmat.Workflows.Bench;

/// <summary>
/// The hand-written statements of <see cref="SqlBaseline"/>: each command reads the state it needs (definition, task,
/// instance), checks it, and writes the same rows as the engine — including the same audit rows, as one multi-row insert.
/// </summary>
internal sealed class BaselineSql : SqlStatements
{
    public BaselineSql(bool sqlite)
        : base(sqlite)
    {
    }

    public async Task StartAsync(DbConnection c, Guid instance, Guid task, int i, CancellationToken ct)
    {
        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var now = DateTime.UtcNow;
        var definition = await ScalarAsync(c, tx, """SELECT "Id" FROM wf_definitions WHERE "Key"='six-step' ORDER BY "Version" DESC LIMIT 1""", ct).ConfigureAwait(false);
        await ExecAsync(c, tx, """
            INSERT INTO wf_instances ("Id","DefinitionId","DefinitionKey","DefinitionVersion","BusinessKey","State","TokensJson","VariablesJson","OpenIncidents","StartedAt","Version","IsTestRun")
            VALUES (@id,@def,'six-step',1,@bk,'Active',@tokens,'{}',0,@now,1,@test)
            """, ct, ("@test", false), ("@id", instance), ("@def", definition!), ("@bk", $"baseline-{i}"), ("@tokens", Tokens(task, "Task_First")), ("@now", now)).ConfigureAwait(false);
        await InsertTaskAsync(c, tx, task, instance, "Task_First", now, ct).ConfigureAwait(false);
        await HistoryAsync(c, tx, instance, now, ct, ("InstanceStarted", null), ("ElementEntered", "Start"), ("ElementLeft", "Start"),
            ("ElementEntered", "Task_First"), ("TaskCreated", "Task_First")).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task CompleteFirstAsync(DbConnection c, Guid instance, Guid task, Guid job, CancellationToken ct)
    {
        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var now = DateTime.UtcNow;
        var version = await ReadAsync(c, tx, instance, task, ct).ConfigureAwait(false);
        await CompleteTaskAsync(c, tx, task, now, ct).ConfigureAwait(false);
        await UpdateInstanceAsync(c, tx, instance, version, Tokens(job, "Task_Service"), "Active", ct).ConfigureAwait(false);
        await ExecAsync(c, tx, """
            INSERT INTO wf_jobs ("Id","InstanceId","TokenId","ElementId","Kind","TaskType","State","DueAt","Retries","Attempts","CreatedAt","Version")
            VALUES (@id,@inst,@id,'Task_Service','ServiceTask','record','Pending',@now,3,0,@now,0)
            """, ct, ("@id", job), ("@inst", instance), ("@now", now)).ConfigureAwait(false);
        await HistoryAsync(c, tx, instance, now, ct, ("TaskCompleted", "Task_First"), ("ElementLeft", "Task_First"), ("ElementEntered", "Task_Service")).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task<List<(Guid Job, Guid Instance)>> DueJobsAsync(DbConnection c, CancellationToken ct)
    {
        await using var command = c.CreateCommand();
        command.CommandText = """SELECT "Id","InstanceId" FROM wf_jobs WHERE "State"='Pending' AND "TaskType"='record' AND "DueAt" <= @now ORDER BY "DueAt" """;
        Add(command, "@now", DateTime.UtcNow.AddMinutes(1));
        var result = new List<(Guid, Guid)>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            result.Add((ReadGuid(reader, 0), ReadGuid(reader, 1)));
        }

        return result;
    }

    public async Task RunJobAsync(DbConnection c, (Guid Job, Guid Instance) due, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        await using (var claim = await c.BeginTransactionAsync(ct).ConfigureAwait(false))
        {
            await ExecAsync(c, claim, """UPDATE wf_jobs SET "LockOwner"='baseline',"LockedUntil"=@until,"Version"="Version"+1 WHERE "Id"=@id AND "Version"=0""",
                ct, ("@id", due.Job), ("@until", now.AddMinutes(5))).ConfigureAwait(false);
            await claim.CommitAsync(ct).ConfigureAwait(false);
        }

        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var version = await ReadAsync(c, tx, due.Instance, null, ct).ConfigureAwait(false);
        await ExecAsync(c, tx, """DELETE FROM wf_jobs WHERE "Id"=@id AND "Version"=1""", ct, ("@id", due.Job)).ConfigureAwait(false);
        var second = Guid.NewGuid();
        await UpdateInstanceAsync(c, tx, due.Instance, version, Tokens(second, "Task_Second"), "Active", ct).ConfigureAwait(false);
        await InsertTaskAsync(c, tx, second, due.Instance, "Task_Second", now, ct).ConfigureAwait(false);
        await HistoryAsync(c, tx, due.Instance, now, ct, ("VariablesChanged", null), ("ElementLeft", "Task_Service"), ("ElementEntered", "Gateway"),
            ("ElementLeft", "Gateway"), ("ElementEntered", "Task_Second"), ("TaskCreated", "Task_Second")).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task CompleteSecondAsync(DbConnection c, Guid instance, CancellationToken ct)
    {
        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var now = DateTime.UtcNow;
        var version = await ReadAsync(c, tx, instance, null, ct).ConfigureAwait(false);
        await ExecAsync(c, tx, """
            UPDATE wf_user_tasks SET "State"='Completed',"CompletedAt"=@now,"CompletedBy"='bench',"Version"="Version"+1
            WHERE "InstanceId"=@inst AND "ElementId"='Task_Second' AND "State"='Created'
            """, ct, ("@inst", instance), ("@now", now)).ConfigureAwait(false);
        await UpdateInstanceAsync(c, tx, instance, version, "[]", "Completed", ct).ConfigureAwait(false);
        await HistoryAsync(c, tx, instance, now, ct, ("TaskCompleted", "Task_Second"), ("ElementLeft", "Task_Second"), ("ElementEntered", "End"),
            ("ElementLeft", "End"), ("InstanceCompleted", null)).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Reads the instance's version and state (and checks the task is open), as any hand-written command must.</summary>
    private async Task<int> ReadAsync(DbConnection c, DbTransaction tx, Guid instance, Guid? task, CancellationToken ct)
    {
        if (task is { } taskId && (string?)await ScalarAsync(c, tx, """SELECT "State" FROM wf_user_tasks WHERE "Id"=@id""", ct, ("@id", taskId)).ConfigureAwait(false) != "Created")
        {
            throw new InvalidOperationException("Task not open.");
        }

        await using var command = Command(c, tx, """SELECT "Version","TokensJson","VariablesJson" FROM wf_instances WHERE "Id"=@id""", ("@id", instance));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await reader.ReadAsync(ct).ConfigureAwait(false);
        return reader.GetInt32(0);
    }

    private Task CompleteTaskAsync(DbConnection c, DbTransaction tx, Guid task, DateTime now, CancellationToken ct) =>
        ExecAsync(c, tx, """
            UPDATE wf_user_tasks SET "State"='Completed',"CompletedAt"=@now,"CompletedBy"='bench',"Version"="Version"+1 WHERE "Id"=@id AND "State"='Created'
            """, ct, ("@id", task), ("@now", now));

    private Task UpdateInstanceAsync(DbConnection c, DbTransaction tx, Guid instance, int version, string tokens, string state, CancellationToken ct) =>
        ExecAsync(c, tx, """UPDATE wf_instances SET "TokensJson"=@tokens,"State"=@state,"Version"="Version"+1 WHERE "Id"=@id AND "Version"=@v""",
            ct, ("@id", instance), ("@tokens", tokens), ("@state", state), ("@v", version));

    private Task InsertTaskAsync(DbConnection c, DbTransaction tx, Guid task, Guid instance, string element, DateTime now, CancellationToken ct) =>
        ExecAsync(c, tx, """
            INSERT INTO wf_user_tasks ("Id","InstanceId","TokenId","DefinitionKey","ElementId","Name","CandidateGroups","CandidateUsers","State","CreatedAt","Version","Priority")
            VALUES (@id,@inst,@id,'six-step',@el,@el,',hr,',',','Created',@now,0,50)
            """, ct, ("@id", task), ("@inst", instance), ("@el", element), ("@now", now));

    private async Task HistoryAsync(DbConnection c, DbTransaction tx, Guid instance, DateTime now, CancellationToken ct, params (string Type, string? Element)[] rows)
    {
        var text = new StringBuilder("""INSERT INTO wf_history ("InstanceId","EventType","ElementId","OccurredAt") VALUES """);
        var parameters = new List<(string, object)> { ("@inst", instance), ("@now", now) };
        for (var r = 0; r < rows.Length; r++)
        {
            text.Append(r == 0 ? "" : ",").Append(System.Globalization.CultureInfo.InvariantCulture, $"(@inst,@t{r},@e{r},@now)");
            parameters.Add(($"@t{r}", rows[r].Type));
            parameters.Add(($"@e{r}", (object?)rows[r].Element ?? DBNull.Value));
        }

        await using var command = Command(c, tx, text.ToString(), parameters.ToArray());
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static string Tokens(Guid token, string element) => $$"""[{"id":"{{token}}","elementId":"{{element}}","status":"Waiting"}]""";
}
