using System.Data.Common;
using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Bench;

/// <summary>
/// The engine's call-activity commands in hand-written SQL. A start looks up both processes' latest versions and
/// writes the parent (its token waiting at the call activity), the child linked to that token, the child's task row
/// and both instances' audit rows. Completing the child's task reads task, child and parent, then in one transaction
/// completes the task and both instances (the decision mapped back to the parent), each with its version check.
/// </summary>
internal sealed class CallActivityBaseline : SqlStatements
{
    public CallActivityBaseline(bool sqlite)
        : base(sqlite)
    {
    }

    public async Task<Guid> StartAsync(DbConnection c, int i, CancellationToken ct)
    {
        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var now = DateTime.UtcNow;
        var (parent, child, callToken, reviewToken, task) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var businessKey = $"baseline-call-{i}";
        var parentDefinition = await LatestDefinitionAsync(c, tx, "bench-call-parent", ct).ConfigureAwait(false);
        var childDefinition = await LatestDefinitionAsync(c, tx, "bench-review-child", ct).ConfigureAwait(false);
        var variables = new JsonObject { ["case"] = i }.ToJsonString();
        var inserted = await CountAsync(c, tx, """
            INSERT INTO wf_instances ("Id","DefinitionId","DefinitionKey","DefinitionVersion","BusinessKey","State","TokensJson","VariablesJson","OpenIncidents","ParentInstanceId","ParentTokenId","ParentElementId","StartedAt","Version","IsTestRun")
            VALUES (@parent,@pdef,'bench-call-parent',1,@bk,'Active',@ptokens,@vars,0,NULL,NULL,NULL,@now,1,@test),
                   (@child,@cdef,'bench-review-child',1,@bk,'Active',@ctokens,@vars,0,@parent,@call,'CallReview',@now,1,@test)
            """, ct, ("@test", false), ("@parent", parent), ("@pdef", parentDefinition), ("@bk", businessKey),
            ("@ptokens", Tokens(callToken, "CallReview")), ("@vars", variables), ("@child", child), ("@cdef", childDefinition), ("@call", callToken),
            ("@ctokens", Tokens(reviewToken, "Review")), ("@now", now)).ConfigureAwait(false);
        if (inserted != 2)
        {
            throw new InvalidOperationException("Baseline did not insert parent and child.");
        }

        await ExecAsync(c, tx, """
            INSERT INTO wf_user_tasks ("Id","InstanceId","TokenId","DefinitionKey","BusinessKey","ElementId","Name","CandidateGroups","CandidateUsers","State","CreatedAt","Version","Priority")
            VALUES (@id,@inst,@tok,'bench-review-child',@bk,'Review','Review',',hr,',',,','Created',@now,0,50)
            """, ct, ("@id", task), ("@inst", child), ("@tok", reviewToken), ("@bk", businessKey), ("@now", now)).ConfigureAwait(false);
        await HistoryAsync(c, tx, now, ct,
        [
            new(parent, "InstanceStarted", null, Data: new JsonObject { ["definitionId"] = parentDefinition, ["businessKey"] = businessKey }.ToJsonString()),
            new(parent, "VariablesChanged", null, Data: """["case"]"""),
            new(parent, "ElementEntered", "Start", callToken), new(parent, "ElementLeft", "Start", callToken), new(parent, "ElementEntered", "CallReview", callToken),
            new(child, "InstanceStarted", null, Data: new JsonObject
            {
                ["definitionId"] = childDefinition, ["parentInstanceId"] = parent, ["callActivityId"] = "CallReview",
            }.ToJsonString()),
            new(child, "VariablesChanged", null, Data: """["case"]"""),
            new(child, "ElementEntered", "Start", reviewToken), new(child, "ElementLeft", "Start", reviewToken), new(child, "ElementEntered", "Review", reviewToken),
            new(child, "TaskCreated", "Review", reviewToken, Data: new JsonObject { ["taskId"] = task, ["assignee"] = null }.ToJsonString()),
        ]).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return task;
    }

    public async Task CompleteAsync(DbConnection c, Guid task, CancellationToken ct)
    {
        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var now = DateTime.UtcNow;
        Guid child, reviewToken;
        int taskVersion;
        await using (var read = Command(c, tx, """SELECT "InstanceId","TokenId","Version" FROM wf_user_tasks WHERE "Id"=@id AND "State"='Created'""", ("@id", task)))
        await using (var reader = await read.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                throw new InvalidOperationException("Task not open.");
            }

            (child, reviewToken, taskVersion) = (ReadGuid(reader, 0), ReadGuid(reader, 1), reader.GetInt32(2));
        }

        var (childVersion, childTokens, childVariables, parent, callToken) = await ReadInstanceAsync(c, tx, child, ct).ConfigureAwait(false);
        var (parentVersion, parentTokens, parentVariables, _, _) = await ReadInstanceAsync(c, tx, parent!.Value, ct).ConfigureAwait(false);
        if (!Holds(childTokens, reviewToken) || !Holds(parentTokens, callToken!.Value))
        {
            throw new InvalidOperationException("The task's instance has moved on.");
        }

        // The child ends with the decision; the call activity's output mapping takes it to the parent, which ends too.
        childVariables["decision"] = "admit";
        parentVariables["decision"] = "admit";
        const string Complete = """
            UPDATE wf_instances SET "TokensJson"='[]',"VariablesJson"=@vars,"State"='Completed',"EndedAt"=@now,"Version"=@v+1 WHERE "Id"=@id AND "Version"=@v
            """;
        await ExecAsync(c, tx, Complete, ct, ("@id", child), ("@vars", childVariables.ToJsonString()), ("@now", now), ("@v", childVersion)).ConfigureAwait(false);
        await ExecAsync(c, tx, Complete, ct, ("@id", parent), ("@vars", parentVariables.ToJsonString()), ("@now", now), ("@v", parentVersion)).ConfigureAwait(false);
        await ExecAsync(c, tx, """
            UPDATE wf_user_tasks SET "State"='Completed',"CompletedAt"=@now,"CompletedBy"='bench',"Version"=@v+1 WHERE "Id"=@id AND "Version"=@v
            """, ct, ("@id", task), ("@now", now), ("@v", taskVersion)).ConfigureAwait(false);
        await HistoryAsync(c, tx, now, ct,
        [
            new(child, "TaskCompleted", "Review", reviewToken, "bench", new JsonObject { ["taskId"] = task }.ToJsonString()),
            new(child, "VariablesChanged", null, Data: """["decision"]"""), new(child, "ElementLeft", "Review", reviewToken),
            new(child, "ElementEntered", "End", reviewToken), new(child, "ElementLeft", "End", reviewToken), new(child, "InstanceCompleted", null),
            new(parent.Value, "VariablesChanged", null, Data: """["decision"]"""), new(parent.Value, "ElementLeft", "CallReview", callToken),
            new(parent.Value, "ElementEntered", "End", callToken), new(parent.Value, "ElementLeft", "End", callToken), new(parent.Value, "InstanceCompleted", null),
        ]).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    private async Task<(int Version, JsonArray Tokens, JsonObject Variables, Guid? Parent, Guid? ParentToken)> ReadInstanceAsync(
        DbConnection c, DbTransaction tx, Guid instance, CancellationToken ct)
    {
        await using var read = Command(c, tx, """
            SELECT "Version","TokensJson","VariablesJson","ParentInstanceId","ParentTokenId" FROM wf_instances WHERE "Id"=@id AND "State"='Active'
            """, ("@id", instance));
        await using var reader = await read.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            throw new InvalidOperationException("Instance not active.");
        }

        return (reader.GetInt32(0), JsonNode.Parse(reader.GetString(1))!.AsArray(), JsonNode.Parse(reader.GetString(2))!.AsObject(),
            reader.IsDBNull(3) ? null : ReadGuid(reader, 3), reader.IsDBNull(4) ? null : ReadGuid(reader, 4));
    }

    private static bool Holds(JsonArray tokens, Guid token) => tokens.Any(t => (string?)t!["id"] == token.ToString());

    private static string Tokens(Guid token, string element) =>
        $$"""[{"id":"{{token}}","elementId":"{{element}}","scopeId":null,"status":"Waiting","arrivedVia":"Flow_1"}]""";
}
