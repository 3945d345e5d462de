using Kyzmat.Workflows.Jobs;

namespace Kyzmat.Workflows.Tests.Corpus;

/// <summary>A job worker for one task type that completes every job it is given, with no variables.</summary>
internal sealed class CompletingHandler(string type) : IServiceTaskHandler
{
    public string Type => type;

    public Task<ServiceTaskResult> ExecuteAsync(ServiceTaskContext context, CancellationToken ct) => Task.FromResult(ServiceTaskResult.Complete());
}
