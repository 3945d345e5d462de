using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Traits;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>The task page's lookup: one open task by id, only for reviewers of its body.</summary>
public sealed class HrTaskLookupTests
{
    private const string Lookup = "query($id: ID!) { hrTask(id: $id) { id stage isOverdue application { id status } } }";

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AReviewerOfTheBody_FindsTheTask_AnotherBodysReviewerAndTheApplicantGetNull(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        var (vacancyId, officeId) = await competition.NewVacancyAsync(DateTimeOffset.UtcNow.AddDays(30));
        var applicationId = await Steps.ApplyAndFileAsync(competition, vacancyId, officeId);
        var taskId = await Steps.TaskAsync(competition.Hr, applicationId, "kyzmat:document-review");

        var found = (await competition.Hr.QueryAsync(Lookup, new { id = taskId })).GetProperty("hrTask");
        Assert.Equal(taskId, found.GetProperty("id").GetString());
        Assert.Equal("kyzmat:document-review", found.GetProperty("stage").GetString());
        Assert.Equal(applicationId, found.GetProperty("application").GetProperty("id").GetString());

        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await competition.OtherHr.QueryAsync(Lookup, new { id = taskId })).GetProperty("hrTask").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await competition.Hr.QueryAsync(Lookup, new { id = Guid.NewGuid() })).GetProperty("hrTask").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await competition.Nurlan.QueryAsync(Lookup, new { id = taskId })).GetProperty("hrTask").ValueKind);

        // Decided, it is no longer open: the lookup answers null.
        await Steps.ReviewAsync(competition.Hr, applicationId, admit: true);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await competition.Hr.QueryAsync(Lookup, new { id = taskId })).GetProperty("hrTask").ValueKind);
    }
}
