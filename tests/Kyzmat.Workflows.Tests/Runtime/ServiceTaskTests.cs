using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Tests.Runtime;

[Collection(nameof(NotifyHandler))]
public class ServiceTaskTests : EngineTest
{
    private static void Handlers(IServiceCollection services) => services.AddServiceTaskHandler<NotifyHandler>();

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task RunDueJobs_HandlerSucceeds_CommitsDomainWriteAndContinues(string provider) => WithEngineAsync(provider, async host =>
    {
        NotifyHandler.FailuresLeft = 0;
        await host.DeployAsync("service-task");
        var instance = await host.StartAsync("service-task", "s-1", """{ "name": "Aibek" }""");

        var ran = await host.Runner.RunDueJobsAsync();

        var after = await host.InstanceAsync(instance.Id);
        Assert.Null((await host.Db(db => db.Set<Kyzmat.Workflows.Persistence.WorkflowJobRecord>().ToListAsync())).FirstOrDefault()?.LastError);
        Assert.Equal(1, ran);
        Assert.Equal(["Task_Check"], after.ActiveElements);
        Assert.Equal("m-1", after.Variables["notificationId"]!.GetValue<string>());
        Assert.False(after.Variables.ContainsKey("ignored"));
        Assert.False(after.Variables.ContainsKey("greeting"));
        Assert.Equal("Dear Aibek via email (attempt 1)", Assert.Single(await host.Db(db => db.Notes.ToListAsync())).Text);
        Assert.Equal(0, await host.Runner.RunDueJobsAsync());
    }, Handlers);

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task RunDueJobs_HandlerWritesThenFails_NothingOfItPersists(string provider) => WithEngineAsync(provider, async host =>
    {
        NotifyHandler.FailuresLeft = 1;
        await host.DeployAsync("service-task");
        var instance = await host.StartAsync("service-task", null, """{ "name": "Aibek" }""");

        await host.Runner.RunDueJobsAsync();

        Assert.Empty(await host.Db(db => db.Notes.ToListAsync()));
        Assert.Equal(["Task_Notify"], (await host.InstanceAsync(instance.Id)).ActiveElements);
        var job = Assert.Single(await host.Db(db => db.Set<Kyzmat.Workflows.Persistence.WorkflowJobRecord>().ToListAsync()));
        Assert.Equal(1, job.Retries);
        Assert.Contains("mail server", job.LastError, StringComparison.Ordinal);

        await host.Runner.RunDueJobsAsync();

        Assert.Equal("Dear Aibek via email (attempt 2)", Assert.Single(await host.Db(db => db.Notes.ToListAsync())).Text);
        Assert.Equal(["Task_Check"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    }, Handlers);

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task RunDueJobs_RetriesExhausted_RaisesIncidentResolvableByRetry(string provider) => WithEngineAsync(provider, async host =>
    {
        NotifyHandler.FailuresLeft = 2;
        await host.DeployAsync("service-task");
        var instance = await host.StartAsync("service-task", null, """{ "name": "Aibek" }""");

        await host.Runner.RunDueJobsAsync();
        await host.Runner.RunDueJobsAsync();
        var nothingDue = await host.Runner.RunDueJobsAsync();

        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
        Assert.Equal(0, nothingDue);
        Assert.Equal(IncidentCodes.JobFailed, incident.Code);
        Assert.Equal("Task_Notify", incident.ElementId);
        Assert.Equal(1, (await host.InstanceAsync(instance.Id)).OpenIncidents);

        await host.Engine(e => e.ResolveIncidentAsync(incident.Id));
        await host.Runner.RunDueJobsAsync();

        var after = await host.InstanceAsync(instance.Id);
        Assert.Equal(["Task_Check"], after.ActiveElements);
        Assert.Equal(0, after.OpenIncidents);
        var history = await host.Engine(e => e.GetHistoryAsync(instance.Id));
        Assert.Equal(2, history.Count(h => h.EventType == HistoryEventTypes.JobFailed));
        Assert.Single(history, h => h.EventType == HistoryEventTypes.IncidentRaised);
        Assert.Single(history, h => h.EventType == HistoryEventTypes.IncidentResolved);
    }, Handlers);

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task RunDueJobs_BackoffNotElapsed_WaitsForTheClock(string provider) => WithEngineAsync(provider, async host =>
    {
        NotifyHandler.FailuresLeft = 1;
        await host.DeployAsync("service-task");
        await host.StartAsync("service-task", null, """{ "name": "Aibek" }""");

        await host.Runner.RunDueJobsAsync();
        var early = await host.Runner.RunDueJobsAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(31));
        var late = await host.Runner.RunDueJobsAsync();

        Assert.Equal(0, early);
        Assert.Equal(1, late);
    }, services =>
    {
        Handlers(services);
    }, o => o.RetryBackoff = TimeSpan.FromSeconds(30));

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task RunDueJobs_TaskTypeExpression_PicksHandlerAtRunTime(string provider) => WithEngineAsync(provider, async host =>
    {
        NotifyHandler.FailuresLeft = 0;
        await host.Engine(e => e.DeployAsync(Diagrams.Load("service-task").Replace("type=\"notify\"", "type=\"=channelType\"", StringComparison.Ordinal)));
        var instance = await host.StartAsync("service-task", null, """{ "name": "N", "channelType": "notify" }""");

        await host.Runner.RunDueJobsAsync();

        Assert.Equal(["Task_Check"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    }, Handlers);

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task RunDueJobs_NoHandlerForType_EndsInIncident(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("service-task");
        var instance = await host.StartAsync("service-task");

        await host.Runner.RunDueJobsAsync();
        await host.Runner.RunDueJobsAsync();

        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
        Assert.Contains(WorkflowErrorCodes.HandlerNotFound, incident.Message, StringComparison.Ordinal);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public async Task RunDueJobs_TwoEnginesOnOneDatabase_RunEachJobOnce(string provider)
    {
        NotifyHandler.FailuresLeft = 0;
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider();
        await using var first = new EngineHost(database, clock, Handlers);
        await using var second = new EngineHost(database, clock, Handlers);
        await first.DeployAsync("service-task");
        for (var i = 0; i < 10; i++)
        {
            await first.StartAsync("service-task", $"two-{i}", """{ "name": "N" }""");
        }

        var before = NotifyHandler.Calls;
        var counts = await Task.WhenAll(Task.Run(() => first.Runner.RunDueJobsAsync()), Task.Run(() => second.Runner.RunDueJobsAsync()));

        Assert.Equal(10, counts.Sum());
        Assert.Equal(10, NotifyHandler.Calls - before);
        Assert.Equal(10, await first.Db(db => db.Notes.CountAsync()));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task RunDueJobs_JobLockedByAnEngineThatDied_IsTakenOverAfterTheLease(string provider) => WithEngineAsync(provider, async host =>
    {
        NotifyHandler.FailuresLeft = 0;
        await host.DeployAsync("service-task");
        var instance = await host.StartAsync("service-task", null, """{ "name": "N" }""");
        var lockedUntil = host.Clock.GetUtcNow().UtcDateTime.AddMinutes(5);
        await host.Db(db => db.Set<Kyzmat.Workflows.Persistence.WorkflowJobRecord>()
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockOwner, "dead-engine").SetProperty(j => j.LockedUntil, lockedUntil)));

        var whileLocked = await host.Runner.RunDueJobsAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(6));
        var afterLease = await host.Runner.RunDueJobsAsync();

        Assert.Equal(0, whileLocked);
        Assert.Equal(1, afterLease);
        Assert.Equal(["Task_Check"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    }, Handlers);

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task RunDueJobs_BoundaryTimerOnFailingServiceTask_InterruptsTheJob(string provider) => WithEngineAsync(provider, async host =>
    {
        NotifyHandler.FailuresLeft = 1;
        await host.DeployAsync("service-boundary");
        var instance = await host.StartAsync("service-boundary", null, """{ "greeting": "Hello" }""");

        await host.Runner.RunDueJobsAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(11));
        var fired = await host.Runner.RunDueJobsAsync();
        host.Clock.Advance(TimeSpan.FromHours(2));
        var leftovers = await host.Runner.RunDueJobsAsync();

        Assert.Equal(1, fired);
        Assert.Equal(0, leftovers);
        Assert.Equal(["Task_Manual"], (await host.InstanceAsync(instance.Id)).ActiveElements);
        Assert.Empty(await host.Db(db => db.Set<Kyzmat.Workflows.Persistence.WorkflowJobRecord>().ToListAsync()));
    }, Handlers, o => o.RetryBackoff = TimeSpan.FromHours(1));
}
