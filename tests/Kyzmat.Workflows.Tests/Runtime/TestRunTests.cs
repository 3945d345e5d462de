using System.Text.Json.Nodes;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Tests.Runtime;

/// <summary>An administrator's test runs: marked instances without a business key, cancelled in bulk.</summary>
public class TestRunTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task StartTestRun_MarksTheInstance_WithoutABusinessKey_AndTheQueryTellsThemApart(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        var normal = await host.StartAsync("approval", "app-1");

        var run = await host.Engine(e => e.StartTestRunAsync("approval", null, new JsonObject { ["amount"] = 12, ["who"] = "Айбек" }, "admin-1"));

        var read = await host.InstanceAsync(run.Id);
        var testRuns = await host.Engine(e => e.QueryInstancesAsync(new WorkflowInstanceQuery { IsTestRun = true }));
        var others = await host.Engine(e => e.QueryInstancesAsync(new WorkflowInstanceQuery { IsTestRun = false }));
        var started = (await host.Engine(e => e.GetHistoryAsync(run.Id)))[0];
        Assert.True(run.IsTestRun);
        Assert.True(read.IsTestRun);
        Assert.False(normal.IsTestRun);
        Assert.Null(read.BusinessKey);
        Assert.Equal(["Task_Review"], read.ActiveElements);
        Assert.Equal((12, "Айбек"), (read.Variables["amount"]!.GetValue<int>(), read.Variables["who"]!.GetValue<string>()));
        Assert.Equal([run.Id], testRuns.Items.Select(i => i.Id));
        Assert.Equal([normal.Id], others.Items.Select(i => i.Id));
        Assert.Equal((HistoryEventTypes.InstanceStarted, "admin-1"), (started.EventType, started.Actor));
        Assert.True(JsonNode.Parse(started.DataJson!)!["testRun"]!.GetValue<bool>());
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task StartTestRun_OfAVersion_RunsThatVersion_AnUnknownOneIsDefinitionNotFound(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        await host.Engine(e => e.DeployAsync(Diagrams.Load("user-task-approval").Replace("Sign the order", "Sign", StringComparison.Ordinal)));

        var first = await host.Engine(e => e.StartTestRunAsync("approval", 1, null, "admin-1"));
        var missingVersion = await Assert.ThrowsAsync<WorkflowException>(() => host.Engine(e => e.StartTestRunAsync("approval", 3, null, "admin-1")));
        var missingKey = await Assert.ThrowsAsync<WorkflowException>(() => host.Engine(e => e.StartTestRunAsync("nothing", null, null, "admin-1")));

        Assert.Equal(("approval:1", true), (first.DefinitionId, first.IsTestRun));
        Assert.Equal(WorkflowErrorCodes.DefinitionNotFound, missingVersion.Code);
        Assert.Equal(WorkflowErrorCodes.DefinitionNotFound, missingKey.Code);
        Assert.Equal(1, (await host.Engine(e => e.QueryInstancesAsync(new WorkflowInstanceQuery()))).Total);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ServiceTaskHandler_SeesThatItRunsForATestRun(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("service-task");
        await host.StartAsync("service-task", "s-1", """{ "name": "Aibek" }""");
        await host.Engine(e => e.StartTestRunAsync("service-task", null, new JsonObject { ["name"] = "Test" }, "admin-1"));

        await host.Runner.RunDueJobsAsync();

        var notes = await host.Db(db => db.Notes.Select(n => n.Text).ToListAsync());
        Assert.Equal(["(none): True", "s-1: False"], notes.Order(StringComparer.Ordinal));
    }, services => services.AddServiceTaskHandler<MarkRecordingHandler>());

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task CancelTestRuns_CancelsTheActiveTestRunsOfTheKey_ThenOfEveryKey_NeverANormalInstance(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        await host.DeployAsync("parallel-review");
        var normal = await host.StartAsync("approval", "app-1");
        var runs = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            runs.Add((await host.Engine(e => e.StartTestRunAsync("approval", null, null, "admin-1"))).Id);
        }

        var ended = await host.Engine(e => e.StartTestRunAsync("approval", null, null, "admin-1"));
        await host.Engine(e => e.CancelAsync(ended.Id, "admin-1"));
        var otherKey = await host.Engine(e => e.StartTestRunAsync("parallel-review", null, null, "admin-1"));

        var ofKey = await host.Engine(e => e.CancelTestRunsAsync("approval", "admin-2"));
        var otherAfterKey = await host.InstanceAsync(otherKey.Id);
        var ofEveryKey = await host.Engine(e => e.CancelTestRunsAsync(null, "admin-2"));
        var again = await host.Engine(e => e.CancelTestRunsAsync(null, "admin-2"));

        Assert.Equal((2, 1, 0), (ofKey, ofEveryKey, again));
        foreach (var id in runs.Append(otherKey.Id))
        {
            Assert.Equal(InstanceStates.Cancelled, (await host.InstanceAsync(id)).State);
        }

        Assert.Equal(InstanceStates.Active, otherAfterKey.State);
        Assert.Equal(InstanceStates.Active, (await host.InstanceAsync(normal.Id)).State);
        var last = (await host.Engine(e => e.GetHistoryAsync(runs[0])))[^1];
        Assert.Equal((HistoryEventTypes.InstanceCancelled, "admin-2"), (last.EventType, last.Actor));
    });

    /// <summary>A "notify" handler that writes what it was told about the instance as a domain note.</summary>
    private sealed class MarkRecordingHandler : IServiceTaskHandler
    {
        public string Type => "notify";

        public Task<ServiceTaskResult> ExecuteAsync(ServiceTaskContext context, CancellationToken ct)
        {
            context.Services.GetRequiredService<TestDbContext>().Notes.Add(new DomainNote { Id = Guid.NewGuid(), Text = $"{context.BusinessKey ?? "(none)"}: {context.IsTestRun}" });
            return Task.FromResult(ServiceTaskResult.Complete());
        }
    }
}
