using System.Text.Json;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>An HR reviewer who applied to a vacancy of their own body never sees, claims or decides that application.</summary>
public sealed class ConflictOfInterestTests
{
    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AReviewersOwnApplication_IsNotInTheirList_AndClaimingOrDecidingItIsRefused(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        var (vacancyId, officeId) = await competition.NewVacancyAsync();
        var applicationId = await Steps.ApplyAndFileAsync(competition, vacancyId, officeId);
        var taskId = await Steps.TaskAsync(competition.Hr, applicationId, "kyzmat:document-review");

        // Nurlan, the applicant, becomes an HR reviewer of the vacancy's body (the scope is read from the grants).
        await using (var db = competition.Host.NewDbContext())
        {
            var nurlan = await db.Citizens.SingleAsync(c => c.Pin == DemoAccounts.CitizenPin);
            var minfin = await db.StateBodies.SingleAsync(b => b.Code == "minfin");
            db.RoleGrants.Add(new RoleGrant { CitizenId = nurlan.Id, Role = KyzmatRoles.Hr, StateBodyId = minfin.Id, GrantedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        var list = await competition.Nurlan.QueryAsync("{ hrTasks(first: 100) { totalCount nodes { id application { id } } } }");
        Assert.DoesNotContain(
            list.GetProperty("hrTasks").GetProperty("nodes").EnumerateArray(),
            t => t.GetProperty("application").GetProperty("id").GetString() == applicationId);
        Assert.Equal(JsonValueKind.Null,
            (await competition.Nurlan.QueryAsync("query($id: ID!) { hrTask(id: $id) { id } }", new { id = taskId })).GetProperty("hrTask").ValueKind);

        var claim = await competition.Nurlan.PostAsync("mutation($t: ID!) { claimTask(taskId: $t) }", new { t = taskId });
        Assert.Equal("CONFLICT_OF_INTEREST", claim.FirstErrorCode);

        var decide = await competition.Nurlan.PostAsync(
            "mutation($t: ID!) { decideDocumentReview(taskId: $t, admit: true) { id status } }", new { t = taskId }, language: "en");
        Assert.Equal("CONFLICT_OF_INTEREST", decide.FirstErrorCode);
        Assert.Contains("conflict of interest", decide.Body.ToString(), StringComparison.OrdinalIgnoreCase);

        // The body's other reviewer still decides it.
        Assert.Equal("ADMITTED_TO_TESTING", (await Steps.ReviewAsync(competition.Hr, applicationId, admit: true)).GetProperty("status").GetString());
    }
}
