using Hangfire;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kyzmat.Workflows;

/// <summary>Registers the engine on the host's DbContext (whose model must call <see cref="WorkflowModelBuilderExtensions.ApplyWorkflowModel"/>).</summary>
public static class WorkflowServiceCollectionExtensions
{
    public static IServiceCollection AddKyzmatWorkflows<TContext>(this IServiceCollection services, Action<WorkflowEngineOptions>? configure = null)
        where TContext : DbContext
    {
        var options = new WorkflowEngineOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DefinitionCache>();
        services.AddScoped(sp => new WorkflowDbContextAccessor(sp.GetRequiredService<TContext>()));
        services.AddScoped<IWorkflowEngine, WorkflowEngine>();
        services.AddScoped<IUserTaskService, UserTaskService>();
        services.AddScoped<IWorkflowDefinitions, WorkflowDefinitions>();
        services.AddScoped<Forms.IWorkflowForms, Forms.WorkflowForms>();
        services.AddSingleton<Forms.FormCache>();
        services.TryAddSingleton<IUserTaskAuthorizer, AllowAllUserTaskAuthorizer>();
        services.TryAddScoped<Forms.IFormDocuments, Forms.NoFormDocuments>();
        services.AddSingleton<IWorkflowJobRunner, WorkflowJobRunner>();
        if (options.UseHangfire)
        {
            services.TryAddSingleton<IBackgroundJobClient>(_ => new BackgroundJobClient());
        }

        if (options.RunDueJobsInProcess)
        {
            services.AddSingleton<InProcessJobQueue>();
            services.AddHostedService<InProcessJobWorker>();
        }

        services.TryAddSingleton<IWorkflowJobDispatcher>(sp => new JobHandOffDispatcher(
            options, sp.GetRequiredService<TimeProvider>(), sp.GetService<InProcessJobQueue>(), sp.GetService<IBackgroundJobClient>()));

        services.AddHostedService<WorkflowDeploymentService>();
        services.AddHostedService<WorkflowJobPoller>();
        return services;
    }

    /// <summary>Registers a handler for the service tasks of its <see cref="IServiceTaskHandler.Type"/> (scoped: it shares the DbContext).</summary>
    public static IServiceCollection AddServiceTaskHandler<THandler>(this IServiceCollection services)
        where THandler : class, IServiceTaskHandler =>
        services.AddScoped<IServiceTaskHandler, THandler>();
}
