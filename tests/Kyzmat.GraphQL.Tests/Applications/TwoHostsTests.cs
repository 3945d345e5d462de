using System.Net;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>
/// Two hosts of one installation on one PostgreSQL behind a round-robin proxy (YARP in process, as nginx would be):
/// the manual's path and HR's decisions work as on one host, and go on through one host when the other stops.
/// </summary>
public sealed class TwoHostsTests
{
    [SkippableFact]
    [PostgreSqlTest]
    public async Task TheCitizensPathAndTheReviewersDecisions_AlternatingHosts_WorkAsOnOne_AndGoOnWhenOneHostStops()
    {
        var (competition, second, proxy) = await Competition.StartOnTwoHostsAsync();
        await using var disposal = competition;

        // Signed in through both hosts (tokens and cookies of one accepted by the other); a document uploaded on one
        // host is read back through both.
        var passport = await Competition.UploadAsync(competition.Nurlan, "Паспорт.pdf");
        for (var read = 0; read < 4; read++)
        {
            using var download = await competition.Nurlan.Http.GetAsync(new Uri($"/api/documents/{passport}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.StartsWith("%PDF", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Applied, signed with the e-mailed code and filed; the reviewer admits.
        var (vacancyId, officeId) = await competition.NewVacancyAsync();
        var applicationId = await Steps.ApplyAndFileAsync(competition, vacancyId, officeId);
        Assert.Equal("ADMITTED_TO_TESTING", (await Steps.ReviewAsync(competition.Hr, applicationId, admit: true)).GetProperty("status").GetString());
        Assert.All(proxy.Served.Values, served => Assert.True(served > 20, $"each host served {string.Join(", ", proxy.Served.Values)} requests"));
        Assert.Equal(2, proxy.Served.Count);

        // The operator takes the first host out of the proxy and stops it; everything goes on through the second.
        proxy.SendOnlyTo(second.BaseAddress);
        await competition.Host.StopAsync();
        Assert.Equal("INTERVIEW", (await Steps.ScoreAsync(competition.Hr, applicationId, 45)).GetProperty("status").GetString());
        Assert.Equal("APPOINTED", (await Steps.InterviewAsync(competition.Hr, applicationId, "WINNER")).GetProperty("status").GetString());
        var seen = await Steps.ApplicationAsync(competition.Nurlan, applicationId);
        Assert.Equal("APPOINTED", seen.GetProperty("status").GetString());

        // Every step happened once: no status twice in the timeline, no job run twice, no notification sent twice.
        var statuses = Steps.Statuses(seen).ToList();
        Assert.Equal(statuses.Distinct(), statuses);
        var jobsRunTwice = await competition.Host.QueryAsync(db => db.Set<Kyzmat.Workflows.Persistence.WorkflowJobRecord>()
            .Where(j => j.Attempts > 1).Select(j => j.ElementId).ToListAsync());
        Assert.Empty(jobsRunTwice);
        await Kyzmat.Testing.Eventually.WaitUntilAsync(
            () => competition.Host.QueryAsync(db => db.NotificationDeliveries.AllAsync(d => d.State != Kyzmat.Recruitment.Notifications.DeliveryState.Pending)),
            "every notification has been delivered");
        var toNurlan = competition.Host.Smtp.Messages.Where(m => m.To.ToString().Contains(Competition.NurlanEmail, StringComparison.Ordinal))
            .Select(m => m.Subject + "\n" + m.TextBody).ToList();
        Assert.Equal(toNurlan.Distinct(), toNurlan);
    }
}
