using System.Text.Json.Nodes;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Tests.Runtime;

public class ExecutionListenerTests : EngineTest
{
    private static Action<IServiceCollection> Handlers(ListenerHandlers log, Func<ServiceTaskContext, ServiceTaskResult>? elA = null) => services => log
        .On(services, "proc-start", _ => ServiceTaskResult.Complete(new JsonObject { ["startedBy"] = "listener" }))
        .On(services, "el-a", elA ?? (_ => ServiceTaskResult.Complete(new JsonObject { ["fromA"] = 1 })))
        .On(services, "el-b", _ => ServiceTaskResult.Complete())
        .On(services, "work", c => ServiceTaskResult.Complete(new JsonObject { ["result"] = c.Variables["doubled"]!.GetValue<decimal>() + c.Variables["fromA"]!.GetValue<decimal>() }))
        .On(services, "el-end", _ => ServiceTaskResult.Complete(new JsonObject { ["audited"] = true }))
        .On(services, "proc-end", _ => ServiceTaskResult.Complete());

    private static Task<List<string>> JobKindsAsync(EngineHost host) =>
        host.Db(db => db.Set<WorkflowJobRecord>().OrderBy(j => j.CreatedAt).Select(j => j.Kind + ":" + j.TaskType).ToListAsync());

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task StartListeners_RunInOrderBeforeTheTasksJob_AndItSeesTheirVariables(string provider)
    {
        var log = new ListenerHandlers();
        return WithEngineAsync(provider, async host =>
        {
            await host.DeployAsync("execution-listeners");
            var instance = await host.StartAsync("el-service", null, """{ "amount": 5 }""");

            Assert.Equal(["ExecutionListener:proc-start"], await JobKindsAsync(host));
            await host.Runner.RunDueJobsAsync();
            Assert.Equal(["ExecutionListener:el-a"], await JobKindsAsync(host));
            await host.Runner.RunDueJobsAsync();
            Assert.Equal(["ExecutionListener:el-b"], await JobKindsAsync(host));
            await host.Runner.RunDueJobsAsync();
            Assert.Equal(["ServiceTask:work"], await JobKindsAsync(host));
            await host.Runner.RunDueJobsAsync();

            var calls = log.Calls.ToList();
            Assert.Equal(10m, calls[1].Variables["doubled"]!.GetValue<decimal>());
            Assert.Equal(1m, calls[3].Variables["fromA"]!.GetValue<decimal>());
            Assert.Equal("listener", calls[3].Variables["startedBy"]!.GetValue<string>());
            Assert.Equal(Definitions.ListenerEvents.Start, calls[1].ListenerEventType);
            Assert.Null(calls[3].ListenerEventType);
            var variables = (await host.InstanceAsync(instance.Id)).Variables;
            Assert.Equal(11m, variables["outcome"]!.GetValue<decimal>());
            Assert.False(variables.ContainsKey("fromA"));
        }, Handlers(log));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task EndListeners_RunAfterTheOutputMappings_AndTheProcessCompletesAfterItsOwn(string provider)
    {
        var log = new ListenerHandlers();
        return WithEngineAsync(provider, async host =>
        {
            await host.DeployAsync("execution-listeners");
            var instance = await host.StartAsync("el-service", null, """{ "amount": 5 }""");
            for (var i = 0; i < 5; i++)
            {
                await host.Runner.RunDueJobsAsync();
            }

            var endCall = log.Calls.Last();
            Assert.Equal("el-end", endCall.TaskType);
            Assert.Equal(11m, endCall.Variables["outcome"]!.GetValue<decimal>());
            Assert.Equal(["ExecutionListener:proc-end"], await JobKindsAsync(host));
            Assert.Equal(InstanceStates.Active, (await host.InstanceAsync(instance.Id)).State);

            await host.Runner.RunDueJobsAsync();

            var after = await host.InstanceAsync(instance.Id);
            Assert.Equal(["proc-start", "el-a", "el-b", "work", "el-end", "proc-end"], log.Types);
            Assert.Equal(InstanceStates.Completed, after.State);
            Assert.True(after.Variables["audited"]!.GetValue<bool>());
        }, Handlers(log));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task FailingListener_OutOfRetries_RaisesAnIncident_AndResolvingRunsItAgain(string provider)
    {
        var log = new ListenerHandlers();
        var failures = 3;
        return WithEngineAsync(provider, async host =>
        {
            await host.DeployAsync("execution-listeners");
            var instance = await host.StartAsync("el-service", null, """{ "amount": 5 }""");
            for (var i = 0; i < 6; i++)
            {
                host.Clock.Advance(TimeSpan.FromHours(1));
                await host.Runner.RunDueJobsAsync();
            }

            var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
            Assert.Equal(IncidentCodes.ExecutionListenerNoRetries, incident.Code);
            Assert.Equal("Task_Work", incident.ElementId);
            Assert.DoesNotContain("work", log.Types);

            await host.Engine(e => e.ResolveIncidentAsync(incident.Id));
            await host.Runner.RunDueJobsAsync();
            await host.Runner.RunDueJobsAsync();

            Assert.Equal(["ServiceTask:work"], await JobKindsAsync(host));
        }, Handlers(log, _ => --failures >= 0 ? throw new InvalidOperationException("The ledger is offline.") : ServiceTaskResult.Complete(new JsonObject { ["fromA"] = 1 })));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Listener_ThrowingABpmnError_IsAnIncident(string provider)
    {
        var log = new ListenerHandlers();
        return WithEngineAsync(provider, async host =>
        {
            await host.DeployAsync("execution-listeners");
            var instance = await host.StartAsync("el-service", null, """{ "amount": 5 }""");
            await host.Runner.RunDueJobsAsync();
            await host.Runner.RunDueJobsAsync();

            var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
            Assert.Equal(IncidentCodes.ListenerErrorThrown, incident.Code);
            Assert.Equal(["ExecutionListener:el-a"], await JobKindsAsync(host));
        }, Handlers(log, _ => ServiceTaskResult.ThrowError("NOT_ALLOWED")));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public async Task Restart_WhileAListenerIsPending_ANewHostRunsItAndGoesOn(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider();
        var log = new ListenerHandlers();
        Guid instanceId;
        await using (var before = new EngineHost(database, clock, Handlers(log)))
        {
            await before.DeployAsync("execution-listeners");
            instanceId = (await before.StartAsync("el-service", null, """{ "amount": 5 }""")).Id;
            await before.Runner.RunDueJobsAsync();
        }

        await using var after = new EngineHost(database, clock, Handlers(log));
        for (var i = 0; i < 5; i++)
        {
            await after.Runner.RunDueJobsAsync();
        }

        Assert.Equal(["proc-start", "el-a", "el-b", "work", "el-end", "proc-end"], log.Types);
        Assert.Equal(InstanceStates.Completed, (await after.InstanceAsync(instanceId)).State);
    }
}
