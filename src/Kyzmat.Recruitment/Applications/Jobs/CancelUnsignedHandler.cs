using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Applications.Jobs;

/// <summary><c>application.cancel-unsigned</c>: the vacancy's deadline passed before the citizen signed.</summary>
public sealed class CancelUnsignedHandler(TimeProvider clock) : IServiceTaskHandler
{
    public string Type => ApplicationLifecycle.TaskTypes.CancelUnsigned;

    public async Task<ServiceTaskResult> ExecuteAsync(ServiceTaskContext context, CancellationToken ct)
    {
        var db = context.Services.GetRequiredService<KyzmatDbContext>();
        var application = await SendSigningCodeHandler.ApplicationOf(db, context, ct);
        if (application.IsUnsigned)
        {
            var now = clock.GetUtcNow();
            application.MoveTo(ApplicationStatus.Cancelled, now);
            context.Services.GetRequiredService<ApplicationJournal>().Record(application, "system", now);
        }

        return ServiceTaskResult.Complete();
    }
}
