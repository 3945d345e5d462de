namespace Kyzmat.Workflows.Jobs;

/// <summary>
/// Runs service tasks of one zeebe:taskDefinition type. Resolve the host's DbContext from <see cref="ServiceTaskContext.Services"/>
/// and change it without saving: the engine saves the handler's writes and the instance's continuation in one transaction.
/// Throw to fail the attempt (retried with back-off; an incident when retries are exhausted).
/// </summary>
public interface IServiceTaskHandler
{
    string Type { get; }

    Task<ServiceTaskResult> ExecuteAsync(ServiceTaskContext context, CancellationToken ct);
}
