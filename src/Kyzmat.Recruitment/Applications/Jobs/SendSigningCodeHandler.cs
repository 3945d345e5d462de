using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Verification;
using Kyzmat.Workflows.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Applications.Jobs;

/// <summary>
/// <c>application.send-signing-code</c>: e-mails the signing code. Run twice (a retried job), it does not send a
/// second code within the resend interval: a code just sent is the one the citizen types.
/// </summary>
public sealed class SendSigningCodeHandler : IServiceTaskHandler
{
    public string Type => ApplicationLifecycle.TaskTypes.SendSigningCode;

    public async Task<ServiceTaskResult> ExecuteAsync(ServiceTaskContext context, CancellationToken ct)
    {
        var db = context.Services.GetRequiredService<KyzmatDbContext>();
        var application = await ApplicationOf(db, context, ct);
        var citizen = await CitizenQueries.GetAsync(db, application.CitizenId, ct);
        var issue = await context.Services.GetRequiredService<ApplicationSigning>().SendCodeAsync(citizen, application, ct);
        return issue.Status == CodeIssueStatus.HourlyLimit
            ? throw new InvalidOperationException("The hourly limit of signing codes is reached; the job retries later.")
            : ServiceTaskResult.Complete();
    }

    /// <summary>
    /// The application the instance is about. An administrator's test run is about none: the lifecycle's handlers
    /// refuse it (the job fails, then becomes an incident in the monitor) instead of e-mailing or changing anyone's
    /// application (docs/decisions/0103-workflow-test-runs.md).
    /// </summary>
    internal static async Task<Application> ApplicationOf(KyzmatDbContext db, ServiceTaskContext context, CancellationToken ct) =>
        context.IsTestRun
            ? throw new InvalidOperationException($"'{context.TaskType}' does not run for a test run: it acts on an application, and a test run has none.")
            : Guid.TryParse(context.BusinessKey, out var id)
                ? await ApplicationQueries.FindAsync(db, id, ct) ?? throw new InvalidOperationException($"Application {id} does not exist.")
                : throw new InvalidOperationException($"Instance {context.InstanceId} has no application id as its business key.");
}
