using Kyzmat.Recruitment.Persistence;
using Kyzmat.Server.Jobs;
using Kyzmat.Workflows;

namespace Kyzmat.Server.Workflows;

internal static class KyzmatWorkflowHosting
{
    /// <summary>
    /// The BPMN engine on Kyzmat's database, its service-task jobs run in process as soon as their step commits (near
    /// timers scheduled in Hangfire, everything else found by the poller), and the processes of
    /// <c>workflows/*.bpmn</c> (copied beside the host) deployed at start-up — registered after the database
    /// start-up so that deployment finds the schema migrated.
    /// </summary>
    public static IServiceCollection AddKyzmatWorkflowEngine(this IServiceCollection services, IConfiguration configuration) =>
        services.AddKyzmatWorkflows<KyzmatDbContext>(options =>
        {
            options.UseHangfire = true;
            // A host that only serves requests (Kyzmat:Jobs:Server=false) enqueues due jobs to Hangfire for the job hosts
            // (its poller still runs whatever is left over, as before).
            options.RunDueJobsInProcess = configuration.GetSection(JobServerOptions.Section).Get<JobServerOptions>()?.Server ?? true;
            options.DeploymentFolder = configuration["Kyzmat:Workflows:DeploymentFolder"] ?? Path.Combine(AppContext.BaseDirectory, "workflows");
            if (int.TryParse(configuration["Kyzmat:Workflows:PollingSeconds"], out var seconds) && seconds > 0)
            {
                options.PollingInterval = TimeSpan.FromSeconds(seconds);
            }

            // How long a job a host claimed stays its own: after a host dies, its jobs run elsewhere once this has passed.
            if (int.TryParse(configuration["Kyzmat:Workflows:JobLeaseSeconds"], out var lease) && lease > 0)
            {
                options.JobLease = TimeSpan.FromSeconds(lease);
            }
        });
}
