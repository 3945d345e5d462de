using System.Net;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Traits;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>The reviewer opens the proofs a citizen applied with; removing the record later does not take them away.</summary>
public sealed class SnapshotDocumentsTests
{
    private const string Documents = "query($id: ID!) { application(id: $id) { snapshot { documents { id kind label url } } } }";

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TheReviewerOpensTheUploadedProofs_EvenAfterTheCitizenRemovesTheRecord_AnotherBodysReviewerCannot(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        var (vacancyId, officeId) = await competition.NewVacancyAsync(DateTimeOffset.UtcNow.AddDays(30));
        var applicationId = await Steps.ApplyAndFileAsync(competition, vacancyId, officeId);

        var documents = (await competition.Hr.QueryAsync(Documents, new { id = applicationId }))
            .GetProperty("application").GetProperty("snapshot").GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["EDUCATION", "WORK"], documents.Select(d => d.GetProperty("kind").GetString()).Order());
        var education = documents.Single(d => d.GetProperty("kind").GetString() == "EDUCATION");
        var url = education.GetProperty("url").GetString()!;

        using (var response = await competition.Hr.Http.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The citizen removes the education (and uploads nothing new): the filed application still shows its proof.
        var educationId = (await competition.Nurlan.QueryAsync("{ me { educations { id documentId } } }")).GetProperty("me").GetProperty("educations")
            .EnumerateArray().Single(e => e.GetProperty("documentId").GetString() == education.GetProperty("id").GetString()).GetProperty("id").GetString();
        await competition.Nurlan.QueryAsync("mutation($id: ID!) { removeEducation(id: $id) }", new { id = educationId });
        using (var kept = await competition.Hr.Http.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        }

        using var other = await competition.OtherHr.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }
}
