using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kyzmat.Workflows.Runtime;

/// <summary>
/// Deploys every *.form, every *.dmn and then every *.bpmn of <see cref="WorkflowEngineOptions.DeploymentFolder"/> at
/// start-up (unchanged files are no-ops): forms and decisions first, so that the processes linking or calling them find them.
/// </summary>
internal sealed class WorkflowDeploymentService : IHostedService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly WorkflowEngineOptions _options;

    public WorkflowDeploymentService(IServiceScopeFactory scopes, WorkflowEngineOptions options)
    {
        _scopes = scopes;
        _options = options;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_options.DeploymentFolder is not { } folder || !Directory.Exists(folder))
        {
            return;
        }

        // Forms first: a process's user tasks may link them (deployment refuses a link to a form that is not deployed).
        foreach (var file in Directory.GetFiles(folder, "*.form").Order(StringComparer.Ordinal))
        {
            await using var scope = _scopes.CreateAsyncScope();
            var forms = scope.ServiceProvider.GetRequiredService<Forms.IWorkflowForms>();
            await forms.DeployAsync(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false), Path.GetFileName(file), cancellationToken).ConfigureAwait(false);
        }

        foreach (var file in Directory.GetFiles(folder, "*.dmn").Order(StringComparer.Ordinal).Concat(Directory.GetFiles(folder, "*.bpmn").Order(StringComparer.Ordinal)))
        {
            await using var scope = _scopes.CreateAsyncScope();
            var engine = scope.ServiceProvider.GetRequiredService<IWorkflowEngine>();
            await engine.DeployAsync(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false), Path.GetFileName(file), cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
