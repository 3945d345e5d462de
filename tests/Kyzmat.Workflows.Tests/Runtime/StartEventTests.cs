using System.Text.Json.Nodes;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Tests.Runtime;

public class StartEventTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task TimerStartCycle_StartsAnInstanceEachTime_AsOftenAsItRepeats(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("start-events");
        var fired = new List<int>();

        for (var hour = 0; hour < 4; hour++)
        {
            host.Clock.Advance(TimeSpan.FromHours(1));
            fired.Add(await host.Runner.RunDueJobsAsync());
        }

        Assert.Equal([1, 1, 1, 0], fired);
        var digests = await host.Db(db => db.Set<WorkflowInstanceRecord>().Where(i => i.DefinitionKey == "hourly-digest").ToListAsync());
        Assert.Equal(3, digests.Count);
        Assert.Empty(await host.Db(db => db.Set<WorkflowJobRecord>().Where(j => j.Kind == JobKinds.TimerStart).ToListAsync()));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ANewVersion_ReplacesThePreviousVersionsTimerStart(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("start-events");
        await host.Engine(e => e.DeployAsync(Diagrams.Load("start-events").Replace("R3/PT1H", "R2/PT2H", StringComparison.Ordinal)));

        var job = Assert.Single(await host.Db(db => db.Set<WorkflowJobRecord>().Where(j => j.Kind == JobKinds.TimerStart).ToListAsync()));

        Assert.Equal("hourly-digest:2", job.DefinitionId);
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime.AddHours(2), job.DueAt);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AMessage_StartsAnInstance_OnePerCorrelationKeyWhileItIsActive(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("start-events");

        var first = await host.Engine(e => e.CorrelateMessageAsync("application-received", "AR-1", new JsonObject { ["applicant"] = "aibek" }));
        var again = await host.Engine(e => e.CorrelateMessageAsync("application-received", "AR-1"));
        var other = await host.Engine(e => e.CorrelateMessageAsync("application-received", "AR-2", new JsonObject { ["applicant"] = "bermet" }));

        Assert.True(first.Correlated);
        Assert.False(again.Correlated);
        Assert.True(other.Correlated);
        var started = await host.InstanceAsync(Assert.Single(first.InstanceIds));
        Assert.Equal(["Register"], started.ActiveElements);
        Assert.Equal("aibek", started.Variables["registeredFor"]!.GetValue<string>());

        await host.CompleteAsync((await host.SingleTaskAsync(started.Id, "Register")).Id);
        Assert.True((await host.Engine(e => e.CorrelateMessageAsync("application-received", "AR-1"))).Correlated);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task StartingByKey_AProcessWithNoNoneStartEvent_IsRefused(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("start-events");

        var refused = await Assert.ThrowsAsync<WorkflowException>(() => host.StartAsync("by-message"));

        Assert.Equal(WorkflowErrorCodes.StartEventMissing, refused.Code);
    });
}
