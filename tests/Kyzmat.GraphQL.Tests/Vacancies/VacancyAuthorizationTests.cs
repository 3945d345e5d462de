using System.Net;
using Kyzmat.GraphQL.Tests.Applications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.GraphQL.Tests.Vacancies;

/// <summary>
/// The authorization matrix of vacancy management: anonymous, citizens A and B, HR of another body, HR of the vacancy's
/// body, the administrator — nobody changes a vacancy that is not theirs, and nothing changes when they try.
/// </summary>
public sealed class VacancyAuthorizationTests
{
    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OnlyTheBodysReviewersAndAdministrators_ManageItsVacancies(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        var (bodyId, officeId) = await VacancyDrafts.BodyAsync(competition);
        var (otherBodyId, otherOfficeId) = await VacancyDrafts.BodyAsync(competition, minfin: false);
        var draftId = (await competition.Hr.QueryAsync(VacancyDrafts.Create, new { b = bodyId, i = VacancyDrafts.Input(officeId) }))
            .GetProperty("createVacancy").GetProperty("id").GetString()!;
        var (publishedId, _) = await competition.NewVacancyAsync();
        var vacanciesBefore = await competition.Host.QueryAsync(db => db.Vacancies.CountAsync());

        var outsiders = new (string Who, GraphQLClient Client, string OnCreate, string OnDraft, string OnPublished)[]
        {
            ("anonymous", competition.Anonymous, "NOT_AUTHENTICATED", "NOT_AUTHENTICATED", "NOT_AUTHENTICATED"),
            ("citizen A", competition.Nurlan, "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"),
            ("citizen B", competition.Aigul, "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"),
            ("HR of another body", competition.OtherHr, "FORBIDDEN", "NOT_FOUND", "FORBIDDEN"),
        };
        foreach (var (who, client, onCreate, onDraft, onPublished) in outsiders)
        {
            await ExpectAsync(who, onCreate, client.PostAsync(VacancyDrafts.Create, new { b = bodyId, i = VacancyDrafts.Input(officeId) }));
            await ExpectAsync(who, onDraft, client.PostAsync(VacancyDrafts.Update, new { id = draftId, i = VacancyDrafts.Input(officeId, "Бузулган") }));
            await ExpectAsync(who, onDraft, client.PostAsync(VacancyDrafts.Publish, new { id = draftId }));
            await ExpectAsync(who, onPublished, client.PostAsync(VacancyDrafts.Close, new { id = publishedId }));
            await ExpectAsync(who, onPublished, client.PostAsync(VacancyDrafts.Cancel, new { id = publishedId, r = "Себеп" }));
        }

        Assert.Equal(vacanciesBefore, await competition.Host.QueryAsync(db => db.Vacancies.CountAsync()));
        Assert.Equal(VacancyStatus.Draft, await StatusAsync(competition, draftId));
        Assert.Equal(VacancyStatus.Published, await StatusAsync(competition, publishedId));
        Assert.DoesNotContain("Бузулган", await competition.Host.QueryAsync(db => db.Vacancies.Where(v => v.Id == Guid.Parse(draftId)).Select(v => v.Title.Ky).SingleAsync()), StringComparison.Ordinal);

        // The administrator manages any body's vacancies.
        var admin = await competition.SignInAdminAsync();
        var othersId = (await admin.QueryAsync(VacancyDrafts.Create, new { b = otherBodyId, i = VacancyDrafts.Input(otherOfficeId) }))
            .GetProperty("createVacancy").GetProperty("id").GetString()!;
        Assert.Equal("PUBLISHED", (await admin.QueryAsync(VacancyDrafts.Publish, new { id = draftId })).GetProperty("publishVacancy").GetProperty("status").GetString());
        Assert.Equal("CLOSED", (await admin.QueryAsync(VacancyDrafts.Close, new { id = publishedId })).GetProperty("closeVacancy").GetProperty("status").GetString());

        // Each reviewer's list holds their bodies' vacancies only; the administrator's holds all of them.
        var hrList = await HrListAsync(competition.Hr);
        var otherList = await HrListAsync(competition.OtherHr);
        Assert.Subset(hrList.ToHashSet(), new HashSet<string> { draftId, publishedId });
        Assert.DoesNotContain(othersId, hrList);
        Assert.Contains(othersId, otherList);
        Assert.DoesNotContain(draftId, otherList);
        Assert.DoesNotContain(publishedId, otherList);
        Assert.Superset(new HashSet<string> { draftId, publishedId, othersId }, (await HrListAsync(admin)).ToHashSet());
        Assert.Contains(othersId, await HrListAsync(competition.OtherHr, "DRAFT"));
        Assert.DoesNotContain(draftId, await HrListAsync(competition.Hr, "DRAFT"));
        await ExpectAsync("citizen A", "FORBIDDEN", competition.Nurlan.PostAsync("{ hrVacancies { totalCount } }"));
        await ExpectAsync("anonymous", "NOT_AUTHENTICATED", competition.Anonymous.PostAsync("{ hrVacancies { totalCount } }"));
        admin.Http.Dispose();
    }

    private static async Task ExpectAsync(string who, string code, Task<GraphQLResponse> request)
    {
        var response = await request;
        Assert.True(response.FirstErrorCode == code, $"{who}: expected {code}, got {response.Body}");
        Assert.True(response.Status is HttpStatusCode.OK or HttpStatusCode.Unauthorized, $"{who}: {response.Status}");
    }

    private static async Task<List<string>> HrListAsync(GraphQLClient reviewer, string? status = null)
    {
        var data = await reviewer.QueryAsync(
            "query($s: [VacancyStatus!]) { hrVacancies(statuses: $s, first: 100) { totalCount nodes { id } } }",
            new { s = status is null ? null : new[] { status } });
        return [.. data.GetProperty("hrVacancies").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
    }

    private static Task<VacancyStatus> StatusAsync(Competition competition, string id) =>
        competition.Host.QueryAsync(db => db.Vacancies.Where(v => v.Id == Guid.Parse(id)).Select(v => v.Status).SingleAsync());
}
