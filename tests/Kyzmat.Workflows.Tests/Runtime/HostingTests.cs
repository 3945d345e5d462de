using System.Linq.Expressions;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Kyzmat.Testing;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kyzmat.Workflows.Tests.Runtime;

[Collection(nameof(NotifyHandler))]
public class HostingTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task HostedServices_PollerEnabledAndDeploymentFolder_DeployAndRunJobsInBackground(string provider)
    {
        NotifyHandler.FailuresLeft = 0;
        var folder = Path.Combine(Path.GetTempPath(), "kyzmat-wf-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        File.Copy(Diagrams.Path("service-task"), Path.Combine(folder, "service-task.bpmn"));
        return WithEngineAsync(provider, async host =>
        {
            var hosted = host.Services.GetServices<IHostedService>().ToList();
            foreach (var service in hosted)
            {
                await service.StartAsync(CancellationToken.None);
            }

            try
            {
                var instance = await host.StartAsync("service-task", null, """{ "name": "N" }""");
                await Eventually.WaitUntilAsync(
                    async () => !(await host.InstanceAsync(instance.Id)).ActiveElements.Contains("Task_Notify"), "the poller has run the service task");

                Assert.Equal(["Task_Check"], (await host.InstanceAsync(instance.Id)).ActiveElements);
            }
            finally
            {
                foreach (var service in hosted)
                {
                    await service.StopAsync(CancellationToken.None);
                }

                Directory.Delete(folder, true);
            }
        }, services => services.AddServiceTaskHandler<NotifyHandler>(), o =>
        {
            o.EnablePolling = true;
            o.PollingInterval = TimeSpan.FromMilliseconds(100);
            o.DeploymentFolder = folder;
        });
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task JobsCommitted_HangfireEnabled_EnqueuesRunnerCallAfterCommit(string provider)
    {
        var client = new RecordingJobClient();
        return WithEngineAsync(provider, async host =>
        {
            await host.DeployAsync("service-task");
            await host.DeployAsync("timer-catch");

            await host.StartAsync("service-task");
            await host.StartAsync("timer-catch");

            Assert.Equal(2, client.Created.Count);
            Assert.All(client.Created, c => Assert.Equal(nameof(IWorkflowJobRunner.RunJobAsync), c.Job.Method.Name));
            Assert.IsType<EnqueuedState>(client.Created[0].State);
            Assert.IsType<ScheduledState>(client.Created[1].State);
            var jobId = (Guid)client.Created[0].Job.Args[0]!;
            Assert.True(await host.Runner.RunJobAsync(jobId));
        }, services => services.AddSingleton<IBackgroundJobClient>(client), o => o.UseHangfire = true);
    }

    private sealed class RecordingJobClient : IBackgroundJobClient
    {
        public List<(Job Job, IState State)> Created { get; } = [];

        public string Create(Job job, IState state)
        {
            Created.Add((job, state));
            return Created.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => true;
    }
}
