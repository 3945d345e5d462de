using Hangfire;
using Hangfire.PostgreSql;
using Kyzmat.Testing;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Tests.Runtime;

[Collection(nameof(NotifyHandler))]
public class HangfireTests
{
    [SkippableFact]
    [PostgreSqlTest]
    public async Task JobsCommitted_RealHangfireServerOnPostgreSql_RunsServiceTaskWithoutPolling()
    {
        NotifyHandler.FailuresLeft = 0;
        await using var database = await TestDatabase.CreateAsync("PostgreSql");
        var storage = GlobalConfiguration.Configuration.UsePostgreSqlStorage(
            c => c.UseNpgsqlConnection(database.ConnectionString),
            new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromMilliseconds(200) }).Entry;
        var client = new BackgroundJobClient(storage);
        await using var host = new EngineHost(database, new ManualTimeProvider(), services =>
        {
            services.AddServiceTaskHandler<NotifyHandler>();
            services.AddSingleton<IBackgroundJobClient>(client);
        }, o => o.UseHangfire = true);
        using var server = new BackgroundJobServer(
            new BackgroundJobServerOptions { WorkerCount = 1, Activator = new ServiceProviderJobActivator(host.Services), SchedulePollingInterval = TimeSpan.FromSeconds(1) },
            storage);
        await host.DeployAsync("service-task");

        var instance = await host.StartAsync("service-task", null, """{ "name": "H" }""");
        await Eventually.WaitUntilAsync(
            async () => !(await host.InstanceAsync(instance.Id)).ActiveElements.Contains("Task_Notify"), "the Hangfire server has run the service task");

        Assert.Equal(["Task_Check"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(true, 0)]
    [InlineData(false, 1)]
    public async Task ATimerAnHourAway_IsLeftToThePoller_AndScheduledInHangfireOnlyWhenThereIsNoPoller(bool polling, long scheduledInHangfire)
    {
        await using var database = await TestDatabase.CreateAsync("PostgreSql");
        var storage = GlobalConfiguration.Configuration.UsePostgreSqlStorage(
            c => c.UseNpgsqlConnection(database.ConnectionString), new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true }).Entry;
        await using var host = new EngineHost(database, new ManualTimeProvider(), services => services.AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(storage)), o =>
        {
            o.UseHangfire = true;
            o.EnablePolling = polling; // EngineHost runs no hosted services: this only tells the dispatcher whether a poller exists
        });
        await host.DeployAsync("timer-catch");

        await host.StartAsync("timer-catch");

        Assert.Equal(scheduledInHangfire, storage.GetMonitoringApi().ScheduledCount());
    }
}
