using Hangfire;

namespace Kyzmat.Workflows.Tests.Support;

/// <summary>Lets a Hangfire server build job targets (the engine's runner) from a test host's services.</summary>
public sealed class ServiceProviderJobActivator : JobActivator
{
    private readonly IServiceProvider _services;

    public ServiceProviderJobActivator(IServiceProvider services) => _services = services;

    public override object ActivateJob(Type jobType) =>
        _services.GetService(jobType) ?? throw new InvalidOperationException($"{jobType} is not registered.");
}
