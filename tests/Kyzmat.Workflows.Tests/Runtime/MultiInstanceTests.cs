using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Kyzmat.Workflows.Tests.Support;

namespace Kyzmat.Workflows.Tests.Runtime;

public class MultiInstanceTests : EngineTest
{
    private const string ThreeMembers = """{ "members": ["aibek", "bermet", "chyngyz"], "quorum": 3, "numbers": [1, 2, 3] }""";

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ParallelUserTask_OneTaskPerItem_OutputsGatheredInItemOrder_ThenASequentialScriptRunsEachItem(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("multi-instance");
        var instance = await host.StartAsync("multi-instance", null, ThreeMembers);

        var tasks = (await host.Tasks(t => t.QueryAsync(new UserTaskQuery { InstanceId = instance.Id }))).Items;
        Assert.Equal(["aibek", "bermet", "chyngyz"], tasks.Select(t => t.Assignee).Order(StringComparer.Ordinal).ToList());
        foreach (var (member, score) in new[] { ("chyngyz", 7), ("aibek", 9), ("bermet", 8) })
        {
            await host.CompleteAsync(tasks.Single(t => t.Assignee == member).Id, member, $$"""{ "score": {{score}} }""");
        }

        var after = await host.InstanceAsync(instance.Id);
        Assert.Equal(["Decide"], after.ActiveElements);
        Assert.Equal("""[{"member":"aibek","score":9},{"member":"bermet","score":8},{"member":"chyngyz","score":7}]""", after.Variables["scores"]!.ToJsonString());
        Assert.Equal("[11,22,33]", after.Variables["tenfold"]!.ToJsonString());
        Assert.False(after.Variables.ContainsKey("score"), "Each member's score stayed in their inner instance.");
        Assert.False(after.Variables.ContainsKey("member"));
        Assert.False(after.Variables.ContainsKey("numberOfInstances"));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task CompletionCondition_TrueBeforeAllAreDone_TerminatesTheRest(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("multi-instance");
        var instance = await host.StartAsync("multi-instance", null, ThreeMembers.Replace("\"quorum\": 3", "\"quorum\": 2", StringComparison.Ordinal));
        var tasks = (await host.Tasks(t => t.QueryAsync(new UserTaskQuery { InstanceId = instance.Id }))).Items;

        await host.CompleteAsync(tasks.Single(t => t.Assignee == "bermet").Id, "bermet", """{ "score": 8 }""");
        await host.CompleteAsync(tasks.Single(t => t.Assignee == "aibek").Id, "aibek", """{ "score": 9 }""");

        var after = await host.InstanceAsync(instance.Id);
        Assert.Equal(["Decide"], after.ActiveElements);
        Assert.Equal("""[{"member":"aibek","score":9},{"member":"bermet","score":8},null]""", after.Variables["scores"]!.ToJsonString());
        Assert.Equal(UserTaskStates.Cancelled, (await host.Tasks(t => t.GetAsync(tasks.Single(x => x.Assignee == "chyngyz").Id))).State);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task EmptyCollection_CompletesAtOnce(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("multi-instance");

        var instance = await host.StartAsync("multi-instance", null, """{ "members": [], "quorum": 1, "numbers": [] }""");

        Assert.Equal(["Decide"], instance.ActiveElements);
        Assert.Equal("[]", instance.Variables["scores"]!.ToJsonString());
        Assert.Equal("[]", instance.Variables["tenfold"]!.ToJsonString());
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task CollectionOverTheLimit_IsAnIncident_NotTensOfThousandsOfTokens(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("multi-instance");

        var instance = await host.StartAsync("multi-instance", null, """{ "members": ["a", "b", "c", "d"], "quorum": 1, "numbers": [] }""");

        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
        Assert.Equal(IncidentCodes.CollectionTooLarge, incident.Code);
        Assert.Equal("Score", incident.ElementId);
        Assert.Empty((await host.Tasks(t => t.QueryAsync(new UserTaskQuery { InstanceId = instance.Id }))).Items);
    }, configure: options => options.MaxMultiInstanceItems = 3);

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task BoundaryTimerOnTheBody_Fires_AndTerminatesEveryInnerInstance(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("multi-instance");
        var instance = await host.StartAsync("multi-instance", null, ThreeMembers);

        host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await host.Runner.RunDueJobsAsync());

        Assert.Equal(InstanceStates.Completed, (await host.InstanceAsync(instance.Id)).State);
        Assert.Empty((await host.Tasks(t => t.QueryAsync(new UserTaskQuery { InstanceId = instance.Id }))).Items);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task TwentyInnerTasksCompletedAtOnce_AllSucceed_TheBodyCompletesOnce_OutputsInInputOrder(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("multi-instance");
        var members = Enumerable.Range(1, 20).Select(i => $"m{i:00}").ToList();
        var instance = await host.StartAsync("multi-instance", null,
            $$"""{ "members": [{{string.Join(",", members.Select(m => $"\"{m}\""))}}], "quorum": 20, "numbers": [] }""");
        var tasks = (await host.Tasks(t => t.QueryAsync(new UserTaskQuery { InstanceId = instance.Id }))).Items;
        using var start = new ManualResetEventSlim();

        var completions = tasks.Select(task => Task.Run(async () =>
        {
            start.Wait();
            await host.CompleteAsync(task.Id, task.Assignee!, $$"""{ "score": {{int.Parse(task.Assignee![1..], System.Globalization.CultureInfo.InvariantCulture)}} }""");
        })).ToList();
        start.Set();
        await Task.WhenAll(completions);

        var after = await host.InstanceAsync(instance.Id);
        Assert.Equal(["Decide"], after.ActiveElements);
        var scores = after.Variables["scores"]!.AsArray();
        Assert.Equal(members, scores.Select(s => s!["member"]!.GetValue<string>()).ToList());
        Assert.Equal(Enumerable.Range(1, 20).ToList(), scores.Select(s => s!["score"]!.GetValue<int>()).ToList());
        var history = await host.Engine(e => e.GetHistoryAsync(instance.Id));
        Assert.Equal(20, history.Count(h => h.EventType == Kyzmat.Workflows.History.HistoryEventTypes.TaskCompleted));
        Assert.Single(history, h => h.EventType == Kyzmat.Workflows.History.HistoryEventTypes.ElementEntered && h.ElementId == "Decide");
    });
}
