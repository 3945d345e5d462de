using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>The document review is due in five working days; past that, the body's HR address is told and the task stays open.</summary>
public sealed class OverdueReviewTests
{
    [Fact]
    public async Task ReviewPastItsDueDate_IsFlaggedAndTheBodysHrAddressIsEmailed()
    {
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite, fakeClock: true);
        var (vacancyId, officeId) = await competition.NewVacancyAsync(DateTimeOffset.UtcNow.AddDays(30));
        var applicationId = await Steps.ApplyAndFileAsync(competition, vacancyId, officeId);
        var task = await competition.Host.QueryAsync(db => db.Set<WorkflowUserTaskRecord>().SingleAsync(t => t.BusinessKey == applicationId && t.State == "Created"));
        var filedAt = competition.Host.Clock!.GetUtcNow();
        Assert.InRange(task.DueAt!.Value, filedAt.UtcDateTime.AddDays(5), filedAt.UtcDateTime.AddDays(10));
        Assert.Empty((await competition.Hr.QueryAsync("{ hrTasks(filter: { overdueOnly: true }) { nodes { id } } }")).GetProperty("hrTasks").GetProperty("nodes").EnumerateArray());

        competition.Host.Clock.Advance(TimeSpan.FromDays(10));
        var notice = await competition.Host.Smtp.NextMessageToAsync("hr@minfin.gov.kg", TimeSpan.FromSeconds(60));

        var number = await competition.Host.QueryAsync(db => db.Applications.Where(a => a.Id == Guid.Parse(applicationId)).Select(a => a.Number).SingleAsync());
        Assert.Contains(number, notice.Subject, StringComparison.Ordinal);
        // Ten days on, the morning's token has long expired: the reviewer signs in again.
        var hr = await Competition.SignInAsync(competition.Host, DemoAccounts.HrPin, DemoAccounts.HrPassword, "hr.minfin@demo.kyzmat.test", giveEmail: false);
        var overdue = (await hr.QueryAsync("{ hrTasks(filter: { overdueOnly: true }) { nodes { id isOverdue } } }")).GetProperty("hrTasks").GetProperty("nodes");
        Assert.True(Assert.Single(overdue.EnumerateArray()).GetProperty("isOverdue").GetBoolean());
        Assert.Equal("Created", await competition.Host.QueryAsync(db => db.Set<WorkflowUserTaskRecord>().Where(t => t.Id == task.Id).Select(t => t.State).SingleAsync()));
        hr.Http.Dispose();
    }
}
