using System.Text.Json;
using Kyzmat.Recruitment.Persistence;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>The task list's process filter: the processes of one's own open tasks to choose from, no other body's.</summary>
public sealed class TaskProcessFilterTests
{
    [Fact]
    public async Task EachReviewerIsOfferedTheProcessesOfTheirOwnTasks_AndTheFilterKeepsOneProcess()
    {
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite);
        await TaskLists.DeployAsync(competition, "check-a", "check-b", "check-foreign");
        var other = await TaskLists.OtherBodyCodeAsync(competition);
        var application = await TaskLists.ApplicationAsync(competition, "minfin");
        var taskA = await TaskLists.TaskAsync(competition, application, groups: ["hr:minfin"], processKey: "check-a");
        var taskB = await TaskLists.TaskAsync(competition, application, groups: ["hr:minfin"], processKey: "check-b");
        await TaskLists.TaskAsync(competition, await TaskLists.ApplicationAsync(competition, other), groups: ["hr:" + other], processKey: "check-foreign");

        Assert.Equal(["check-a", "check-b"], await ProcessKeysAsync(competition.Hr));
        Assert.Equal(["check-foreign"], await ProcessKeysAsync(competition.OtherHr));
        Assert.Empty(await ProcessKeysAsync(competition.Nurlan));

        var filtered = await competition.Hr.QueryAsync(
            "query($f: HrTaskFilterInput) { hrTasks(filter: $f) { totalCount nodes { id processKey } } }", new { f = new { processKey = "check-b" } });
        var node = Assert.Single(filtered.GetProperty("hrTasks").GetProperty("nodes").EnumerateArray());
        Assert.Equal((taskB, "check-b"), (node.GetProperty("id").GetString(), node.GetProperty("processKey").GetString()));
        Assert.NotEqual(taskA, taskB);
    }

    private static async Task<List<string>> ProcessKeysAsync(GraphQLClient client) =>
        [.. (await client.QueryAsync("{ hrTaskProcesses { key name } }")).GetProperty("hrTaskProcesses").EnumerateArray()
            .Select(p => p.GetProperty("key").GetString()!)];
}
