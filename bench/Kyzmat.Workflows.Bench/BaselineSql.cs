using System.Data.Common;

namespace Kyzmat.Workflows.Bench;

/// <summary>The hand-written statements of <see cref="SqlBaseline"/>.</summary>
internal sealed class BaselineSql
{
    private readonly bool _sqlite;

    public BaselineSql(bool sqlite) => _sqlite = sqlite;

    public async Task StartAsync(DbConnection c, Guid instance, Guid task, int i, CancellationToken ct)
    {
        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var now = DateTime.UtcNow;
        await ExecAsync(c, tx, """
            INSERT INTO wf_instances ("Id","DefinitionId","DefinitionKey","DefinitionVersion","BusinessKey","State","TokensJson","VariablesJson","OpenIncidents","StartedAt","Version")
            VALUES (@id,'six-step:1','six-step',1,@bk,'Active',@tokens,'{}',0,@now,1)
            """, ct, ("@id", instance), ("@bk", $"baseline-{i}"), ("@tokens", Tokens(task, "Task_First")), ("@now", now)).ConfigureAwait(false);
        await InsertTaskAsync(c, tx, task, instance, "Task_First", now, ct).ConfigureAwait(false);
        await HistoryAsync(c, tx, instance, "TaskCreated", now, ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task CompleteFirstAsync(DbConnection c, Guid instance, Guid task, Guid job, CancellationToken ct)
    {
        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var now = DateTime.UtcNow;
        await CompleteTaskAsync(c, tx, task, now, ct).ConfigureAwait(false);
        await UpdateInstanceAsync(c, tx, instance, 1, Tokens(job, "Task_Service"), "Active", ct).ConfigureAwait(false);
        await ExecAsync(c, tx, """
            INSERT INTO wf_jobs ("Id","InstanceId","TokenId","ElementId","Kind","TaskType","State","DueAt","Retries","Attempts","CreatedAt","Version")
            VALUES (@id,@inst,@id,'Task_Service','ServiceTask','record','Pending',@now,3,0,@now,0)
            """, ct, ("@id", job), ("@inst", instance), ("@now", now)).ConfigureAwait(false);
        await HistoryAsync(c, tx, instance, "TaskCompleted", now, ct).ConfigureAwait(false);
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
            result.Add((_sqlite ? Guid.Parse(reader.GetString(0)) : reader.GetGuid(0), _sqlite ? Guid.Parse(reader.GetString(1)) : reader.GetGuid(1)));
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
        await ExecAsync(c, tx, """DELETE FROM wf_jobs WHERE "Id"=@id AND "Version"=1""", ct, ("@id", due.Job)).ConfigureAwait(false);
        var second = Guid.NewGuid();
        await UpdateInstanceAsync(c, tx, due.Instance, 2, Tokens(second, "Task_Second"), "Active", ct).ConfigureAwait(false);
        await InsertTaskAsync(c, tx, second, due.Instance, "Task_Second", now, ct).ConfigureAwait(false);
        await HistoryAsync(c, tx, due.Instance, "TaskCreated", now, ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task CompleteSecondAsync(DbConnection c, Guid instance, Guid unused, CancellationToken ct)
    {
        _ = unused;
        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var now = DateTime.UtcNow;
        await ExecAsync(c, tx, """
            UPDATE wf_user_tasks SET "State"='Completed',"CompletedAt"=@now,"CompletedBy"='bench',"Version"="Version"+1
            WHERE "InstanceId"=@inst AND "ElementId"='Task_Second' AND "State"='Created'
            """, ct, ("@inst", instance), ("@now", now)).ConfigureAwait(false);
        await UpdateInstanceAsync(c, tx, instance, 3, "[]", "Completed", ct).ConfigureAwait(false);
        await HistoryAsync(c, tx, instance, "InstanceCompleted", now, ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
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
            INSERT INTO wf_user_tasks ("Id","InstanceId","TokenId","DefinitionKey","ElementId","Name","CandidateGroups","State","CreatedAt","Version")
            VALUES (@id,@inst,@id,'six-step',@el,@el,',hr,','Created',@now,0)
            """, ct, ("@id", task), ("@inst", instance), ("@el", element), ("@now", now));

    private Task HistoryAsync(DbConnection c, DbTransaction tx, Guid instance, string type, DateTime now, CancellationToken ct) =>
        ExecAsync(c, tx, """INSERT INTO wf_history ("InstanceId","EventType","OccurredAt") VALUES (@inst,@type,@now)""",
            ct, ("@inst", instance), ("@type", type), ("@now", now));

    private static string Tokens(Guid token, string element) => $$"""[{"id":"{{token}}","elementId":"{{element}}","status":"Waiting"}]""";

    private async Task ExecAsync(DbConnection c, DbTransaction tx, string text, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = text;
        foreach (var (name, value) in parameters)
        {
            Add(command, name, value);
        }

        if (await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) != 1)
        {
            throw new InvalidOperationException("Baseline statement did not change exactly one row: " + text);
        }
    }

    private void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = _sqlite && value is Guid g ? g.ToString().ToUpperInvariant() : value;
        command.Parameters.Add(parameter);
    }
}
