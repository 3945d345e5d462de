using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Tests.Runtime;

public class SignalTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ABroadcastSignal_ReachesEveryWaitingInstance_AndStartsTheProcessesThatStartOnIt(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("signals");
        var first = await host.StartAsync("signal-waiter");
        var second = await host.StartAsync("signal-waiter");
        foreach (var waiter in new[] { first, second })
        {
            await host.CompleteAsync((await host.SingleTaskAsync(waiter.Id, "Fill")).Id);
        }

        var reached = await host.Engine(e => e.BroadcastSignalAsync("competition-closed"));

        Assert.Equal(3, reached.Count);
        Assert.Equal(["Results"], (await host.InstanceAsync(first.Id)).ActiveElements);
        Assert.Equal(["Results"], (await host.InstanceAsync(second.Id)).ActiveElements);
        Assert.Single(await host.Db(db => db.Set<WorkflowInstanceRecord>().Where(i => i.DefinitionKey == "signal-started").ToListAsync()));
        Assert.Single(await host.Db(db => db.Set<WorkflowSignalSubscriptionRecord>().ToListAsync()));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ASignalEndEvent_ReachesOtherInstancesInTheSameCommand(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("signals");
        var waiter = await host.StartAsync("signal-waiter");
        await host.CompleteAsync((await host.SingleTaskAsync(waiter.Id, "Fill")).Id);

        var closer = await host.StartAsync("signal-closer");

        Assert.Equal(InstanceStates.Completed, closer.State);
        Assert.Equal(["Results"], (await host.InstanceAsync(waiter.Id)).ActiveElements);
        Assert.Single(await host.Db(db => db.Set<WorkflowInstanceRecord>().Where(i => i.DefinitionKey == "signal-started").ToListAsync()));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ANonInterruptingSignalBoundary_FiresEachTime_AndTheTaskGoesOn(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("signals");
        var waiter = await host.StartAsync("signal-waiter");

        await host.Engine(e => e.BroadcastSignalAsync("deadline-near"));
        await host.Engine(e => e.BroadcastSignalAsync("deadline-near"));

        Assert.Equal(["Fill", "Remind", "Remind"], (await host.InstanceAsync(waiter.Id)).ActiveElements.Order(StringComparer.Ordinal).ToList());

        await host.CompleteAsync((await host.SingleTaskAsync(waiter.Id, "Fill")).Id);

        Assert.Empty((await host.Engine(e => e.BroadcastSignalAsync("deadline-near"))));
    });
}
