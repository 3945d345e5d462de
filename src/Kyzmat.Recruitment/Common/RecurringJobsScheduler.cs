using Hangfire;
using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Documents;
using Kyzmat.Recruitment.Notifications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Reserve;
using Kyzmat.Recruitment.VacancyAlerts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kyzmat.Recruitment.Common;

/// <summary>Registers the recruitment room's recurring jobs (times in UTC) where a job storage is configured.</summary>
internal sealed class RecurringJobsScheduler(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The job storage lives in the database: it must be reachable and migrated first.
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var jobs = services.GetService<IRecurringJobManager>();
        jobs?.AddOrUpdate<ReserveExpiryJob>(ReserveExpiryJob.Id, job => job.RunAsync(CancellationToken.None), ReserveExpiryJob.Schedule);
        jobs?.AddOrUpdate<NotificationRetentionJob>(NotificationRetentionJob.Id, job => job.RunAsync(CancellationToken.None), NotificationRetentionJob.Schedule);
        jobs?.AddOrUpdate<VacancyAlertJob>(VacancyAlertJob.ImmediateId, job => job.RunAsync(AlertFrequency.Immediately, CancellationToken.None), VacancyAlertJob.ImmediateSchedule);
        jobs?.AddOrUpdate<VacancyAlertJob>(VacancyAlertJob.DailyId, job => job.RunAsync(AlertFrequency.Daily, CancellationToken.None), VacancyAlertJob.DailySchedule);
        jobs?.AddOrUpdate<DeadlineReminderJob>(DeadlineReminderJob.Id, job => job.RunAsync(CancellationToken.None), DeadlineReminderJob.Schedule);
        jobs?.AddOrUpdate<CompetitionCancellationJob>(CompetitionCancellationJob.Id, job => job.RunAsync(CancellationToken.None), CompetitionCancellationJob.Schedule);
        jobs?.AddOrUpdate<OrphanDocumentsJob>(OrphanDocumentsJob.Id, job => job.RunAsync(CancellationToken.None), OrphanDocumentsJob.Schedule);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
