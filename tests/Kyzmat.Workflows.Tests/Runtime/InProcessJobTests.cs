using Kyzmat.Testing;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kyzmat.Workflows.Tests.Runtime;

[Collection(nameof(NotifyHandler))]
public class InProcessJobTests
{
    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task AServiceTaskDueNow_RunsOnTheProcessWorkers_WithoutPollerOrHangfire(string provider)
    {
        NotifyHandler.FailuresLeft = 0;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new EngineHost(database, new ManualTimeProvider(), services => services.AddServiceTaskHandler<NotifyHandler>(),
            o => o.RunDueJobsInProcess = true);
        var worker = host.Services.GetServices<IHostedService>().OfType<InProcessJobWorker>().Single();
        await worker.StartAsync(CancellationToken.None);
        try
        {
            await host.DeployAsync("service-task");

            var instance = await host.StartAsync("service-task", null, """{ "name": "P" }""");

            Assert.Equal(["Task_Check"], await WaitUntilPastNotifyAsync(host, instance.Id));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    [SkippableFact]
    public async Task AJobDroppedFromAFullQueue_IsLeftForThePoller()
    {
        NotifyHandler.FailuresLeft = 0;
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var host = new EngineHost(database, new ManualTimeProvider(), services => services.AddServiceTaskHandler<NotifyHandler>(), o =>
        {
            o.RunDueJobsInProcess = true;
            o.InProcessQueueCapacity = 1;
        });
        var queue = host.Services.GetRequiredService<InProcessJobQueue>();
        var filler = Guid.NewGuid();
        Assert.True(queue.TryHandOff(filler)); // fills the queue; no worker is running to empty it
        await host.DeployAsync("service-task");

        var instance = await host.StartAsync("service-task", null, """{ "name": "P" }""");

        Assert.True(queue.Reader.TryRead(out var queued));
        Assert.Equal(filler, queued);
        Assert.False(queue.Reader.TryRead(out _)); // the service task's job was not queued behind it
        Assert.Contains("Task_Notify", (await host.InstanceAsync(instance.Id)).ActiveElements);
        Assert.Equal(1, await host.Runner.RunDueJobsAsync());
        Assert.Equal(["Task_Check"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    }

    private static Task<IReadOnlyList<string>> WaitUntilPastNotifyAsync(EngineHost host, Guid instanceId) =>
        Eventually.WaitForAsync(
            async () => (await host.InstanceAsync(instanceId)).ActiveElements, active => !active.Contains("Task_Notify"), "the workers have run the service task");
}
