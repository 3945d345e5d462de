using System.Data.Common;
using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Bench;

/// <summary>
/// The engine's multi-instance commands in hand-written SQL: a start writes the instance (the body's token with its
/// items and counters, five inner tokens), five task rows and the audit rows; a completion reads the task and the
/// instance, removes the inner token, counts it and gathers its output into the body (the last one also ends the body
/// and the instance), then writes task and instance with their version checks. As the engine, the reads come before
/// the write transaction: a completion that finds the instance changed meanwhile rolls back and starts again, with the
/// engine's jitter and its limit of 20 attempts.
/// </summary>
internal sealed class MultiInstanceBaseline : SqlStatements
{
    private const int MaxAttempts = 20;
    private int _retries;

    public MultiInstanceBaseline(bool sqlite)
        : base(sqlite)
    {
    }

    /// <summary>Completions that lost to another command on the same instance and ran again.</summary>
    public int Retries => Volatile.Read(ref _retries);

    public async Task<Guid[]> StartAsync(DbConnection c, int i, CancellationToken ct)
    {
        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var (now, instance, body) = (DateTime.UtcNow, Guid.NewGuid(), Guid.NewGuid());
        var members = new JsonArray(Enumerable.Range(0, Workload.Members).Select(k => (JsonNode?)Workload.Member(k)).ToArray());
        var inner = Enumerable.Range(0, Workload.Members).Select(_ => (Token: Guid.NewGuid(), Task: Guid.NewGuid())).ToArray();
        var tokens = new JsonArray(Token(body, null, "Flow_1", new JsonObject
        {
            ["numberOfInstances"] = Workload.Members, ["scores"] = new JsonArray(members.Select(_ => (JsonNode?)null).ToArray()),
            ["numberOfActiveInstances"] = Workload.Members, ["numberOfCompletedInstances"] = 0, ["numberOfTerminatedInstances"] = 0,
        }));
        tokens[0]!["loop"] = new JsonObject { ["items"] = members.DeepClone(), ["created"] = Workload.Members, ["active"] = Workload.Members, ["completed"] = 0, ["terminated"] = 0 };
        var history = new List<HistoryRow>
        {
            new(instance, "InstanceStarted", null, Data: new JsonObject { ["definitionId"] = "bench-multi-instance:1", ["businessKey"] = $"baseline-mi-{i}" }.ToJsonString()),
            new(instance, "VariablesChanged", null, Data: """["members"]"""),
            new(instance, "ElementEntered", "Start", body), new(instance, "ElementLeft", "Start", body), new(instance, "ElementEntered", "Score", body),
        };
        var definition = await LatestDefinitionAsync(c, tx, "bench-multi-instance", ct).ConfigureAwait(false);
        var taskRows = new List<string>();
        var parameters = new List<(string, object)> { ("@inst", instance), ("@bk", $"baseline-mi-{i}"), ("@now", now) };
        for (var k = 0; k < inner.Length; k++)
        {
            var locals = new JsonObject { ["loopCounter"] = k + 1, ["member"] = Workload.Member(k), ["score"] = null };
            var token = Token(inner[k].Token, body, null, locals);
            token["loopCounter"] = k + 1;
            tokens.Add(token);
            history.Add(new(instance, "ElementEntered", "Score", inner[k].Token));
            history.Add(new(instance, "TaskCreated", "Score", inner[k].Token,
                Data: new JsonObject { ["taskId"] = inner[k].Task, ["assignee"] = Workload.Member(k) }.ToJsonString()));
            taskRows.Add($"(@id{k},@inst,@tok{k},'bench-multi-instance',@bk,'Score','Score the candidate',@as{k},',hr,',',,','Created',@in{k},@now,0,50)");
            parameters.AddRange([($"@id{k}", inner[k].Task), ($"@tok{k}", inner[k].Token), ($"@as{k}", Workload.Member(k)), ($"@in{k}", locals.ToJsonString())]);
        }

        await ExecAsync(c, tx, """
            INSERT INTO wf_instances ("Id","DefinitionId","DefinitionKey","DefinitionVersion","BusinessKey","State","TokensJson","VariablesJson","OpenIncidents","StartedAt","Version","IsTestRun")
            VALUES (@id,@def,'bench-multi-instance',1,@bk,'Active',@tokens,@vars,0,@now,1,@test)
            """, ct, ("@test", false), ("@id", instance), ("@def", definition), ("@bk", $"baseline-mi-{i}"), ("@tokens", tokens.ToJsonString()),
            ("@vars", new JsonObject { ["members"] = members }.ToJsonString()), ("@now", now)).ConfigureAwait(false);
        await using (var insert = Command(c, tx, """
            INSERT INTO wf_user_tasks ("Id","InstanceId","TokenId","DefinitionKey","BusinessKey","ElementId","Name","Assignee","CandidateGroups","CandidateUsers","State","InputJson","CreatedAt","Version","Priority")
            VALUES
            """ + string.Join(',', taskRows), parameters.ToArray()))
        {
            await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await HistoryAsync(c, tx, now, ct, history).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return inner.Select(t => t.Task).ToArray();
    }

    /// <summary>Completes inner task <paramref name="k"/> (scored k + 1), starting again whenever another completion committed first.</summary>
    public async Task CompleteAsync(DbConnection c, Guid task, int k, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await TryCompleteAsync(c, task, k, ct).ConfigureAwait(false))
            {
                return;
            }

            if ((string?)await ScalarAsync(c, null, """SELECT "State" FROM wf_user_tasks WHERE "Id"=@id""", ct, ("@id", task)).ConfigureAwait(false) != "Created"
                || attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"Baseline completion of {task} failed after {attempt} attempts.");
            }

            Interlocked.Increment(ref _retries);
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), ct).ConfigureAwait(false);
        }
    }

    private async Task<bool> TryCompleteAsync(DbConnection c, Guid task, int k, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        Guid instance, tokenId;
        int taskVersion, version;
        JsonArray tokens;
        JsonObject variables;
        await using (var read = Command(c, null, """SELECT "InstanceId","TokenId","Version" FROM wf_user_tasks WHERE "Id"=@id AND "State"='Created'""", ("@id", task)))
        await using (var reader = await read.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                throw new InvalidOperationException("Task not open.");
            }

            (instance, tokenId, taskVersion) = (ReadGuid(reader, 0), ReadGuid(reader, 1), reader.GetInt32(2));
        }

        await using (var read = Command(c, null, """SELECT "Version","TokensJson","VariablesJson" FROM wf_instances WHERE "Id"=@id AND "State"='Active'""", ("@id", instance)))
        await using (var reader = await read.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                return false;
            }

            (version, tokens, variables) = (reader.GetInt32(0), JsonNode.Parse(reader.GetString(1))!.AsArray(), JsonNode.Parse(reader.GetString(2))!.AsObject());
        }

        // The inner token leaves: its output element goes to its item's place, the body counts it.
        var inner = tokens.FirstOrDefault(t => (string?)t!["id"] == tokenId.ToString());
        if (inner is null)
        {
            return false;
        }

        var body = tokens.First(t => (string?)t!["id"] == (string?)inner["scopeId"])!;
        var (locals, loop) = (body["locals"]!.AsObject(), body["loop"]!.AsObject());
        tokens.Remove(inner);
        loop["active"] = (int)loop["active"]! - 1;
        loop["completed"] = (int)loop["completed"]! + 1;
        locals["scores"]![(int)inner["loopCounter"]! - 1] = new JsonObject { ["member"] = inner["locals"]!["member"]!.DeepClone(), ["score"] = k + 1 };
        locals["numberOfActiveInstances"] = loop["active"]!.DeepClone();
        locals["numberOfCompletedInstances"] = loop["completed"]!.DeepClone();
        var history = new List<HistoryRow>
        {
            new(instance, "TaskCompleted", "Score", tokenId, Workload.Member(k), new JsonObject { ["taskId"] = task }.ToJsonString()),
            new(instance, "VariablesChanged", null, Data: """["score"]"""), new(instance, "ElementLeft", "Score", tokenId),
        };
        var last = (int)loop["active"]! == 0;
        if (last)
        {
            // The body completes with the output collection; the instance goes on to its end.
            var bodyId = Guid.Parse((string)body["id"]!);
            variables["scores"] = locals["scores"]!.DeepClone();
            tokens.Remove(body);
            history.AddRange([new(instance, "VariablesChanged", null, Data: """["scores"]"""), new(instance, "ElementLeft", "Score", bodyId),
                new(instance, "ElementEntered", "End", bodyId), new(instance, "ElementLeft", "End", bodyId), new(instance, "InstanceCompleted", null)]);
        }

        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var changed = last
            ? await CountAsync(c, tx, """
                UPDATE wf_instances SET "TokensJson"=@tokens,"VariablesJson"=@vars,"State"='Completed',"EndedAt"=@now,"Version"=@v+1 WHERE "Id"=@id AND "Version"=@v
                """, ct, ("@id", instance), ("@tokens", tokens.ToJsonString()), ("@vars", variables.ToJsonString()), ("@now", now), ("@v", version)).ConfigureAwait(false)
            : await CountAsync(c, tx, """UPDATE wf_instances SET "TokensJson"=@tokens,"Version"=@v+1 WHERE "Id"=@id AND "Version"=@v""",
                ct, ("@id", instance), ("@tokens", tokens.ToJsonString()), ("@v", version)).ConfigureAwait(false);
        if (changed == 0 || await CountAsync(c, tx, """
            UPDATE wf_user_tasks SET "State"='Completed',"CompletedAt"=@now,"CompletedBy"=@by,"Version"=@v+1 WHERE "Id"=@id AND "Version"=@v
            """, ct, ("@id", task), ("@now", now), ("@by", Workload.Member(k)), ("@v", taskVersion)).ConfigureAwait(false) == 0)
        {
            await tx.RollbackAsync(ct).ConfigureAwait(false);
            return false;
        }

        await HistoryAsync(c, tx, now, ct, history).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return true;
    }

    private static JsonObject Token(Guid id, Guid? scope, string? arrivedVia, JsonObject locals) => new()
    {
        ["id"] = id, ["elementId"] = "Score", ["scopeId"] = scope, ["status"] = "Waiting", ["arrivedVia"] = arrivedVia, ["locals"] = locals,
    };
}
