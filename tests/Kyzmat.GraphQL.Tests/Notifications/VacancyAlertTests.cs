using Kyzmat.GraphQL.Tests.Applications;
using Kyzmat.GraphQL.Tests.Vacancies;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Notifications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.VacancyAlerts;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Notifications;

/// <summary>Saved searches alert citizens of new matching vacancies; favourites remind them of deadlines.</summary>
public sealed class VacancyAlertTests
{
    private const string Save = "mutation($f: VacancyFilterInput!, $q: AlertFrequency!) { saveVacancySearch(filter: $f, frequency: $q) { id text frequency } }";

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ANewlyPublishedMatch_IsAlertedOnce_ToTheCitizenWhoseSearchItMatches(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        var immediate = (await competition.Nurlan.QueryAsync(Save, new { f = new { text = "аудитордун" }, q = "IMMEDIATELY" })).GetProperty("saveVacancySearch");
        await competition.Nurlan.QueryAsync(Save, new { f = new { groups = new[] { "MAIN" } }, q = "DAILY" });
        var (bodyId, officeId) = await VacancyDrafts.BodyAsync(competition);
        var matching = await PublishAsync(competition, bodyId, VacancyDrafts.Input(officeId, "Аудитордун"));
        var other = await PublishAsync(competition, bodyId, VacancyDrafts.Input(officeId, "Бухгалтердин"));
        await SettleAsync(competition);

        Assert.Equal(1, await RunAsync<VacancyAlertJob>(competition, job => job.RunAsync(AlertFrequency.Immediately, CancellationToken.None)));
        var alert = await competition.Host.QueryAsync(db => db.Notifications.SingleAsync(n => n.Kind == NotificationKind.VacancyAlert));
        Assert.Equal("Жаңы вакансиялар: 1", alert.Title.Ky);
        Assert.Contains(matching, alert.Body.Ru, StringComparison.Ordinal);
        Assert.DoesNotContain(other, alert.Body.Ru, StringComparison.Ordinal);

        // Nothing new since: no second alert; the daily search (main group) matches neither.
        Assert.Equal(0, await RunAsync<VacancyAlertJob>(competition, job => job.RunAsync(AlertFrequency.Immediately, CancellationToken.None)));
        Assert.Equal(0, await RunAsync<VacancyAlertJob>(competition, job => job.RunAsync(AlertFrequency.Daily, CancellationToken.None)));

        // Only its owner deletes a search; at most ten are kept.
        var id = immediate.GetProperty("id").GetString();
        Assert.Equal("NOT_FOUND", (await competition.Aigul.PostAsync("mutation($id: ID!) { deleteSavedSearch(id: $id) }", new { id })).FirstErrorCode);
        await competition.Nurlan.QueryAsync("mutation($id: ID!) { deleteSavedSearch(id: $id) }", new { id });
        for (var i = 0; i < 9; i++)
        {
            await competition.Nurlan.QueryAsync(Save, new { f = new { text = $"сөз {i}" }, q = "DAILY" });
        }

        var eleventh = await competition.Nurlan.PostAsync(Save, new { f = new { text = "ашыкча" }, q = "DAILY" }, language: "ru");
        Assert.Equal("TOO_MANY_SAVED_SEARCHES", eleventh.FirstErrorCode);
        Assert.Equal("Можно сохранить не более 10 поисков; удалите ненужный.", eleventh.FirstError.GetProperty("message").GetString());
        Assert.Equal(10, (await competition.Nurlan.QueryAsync("{ me { savedSearches { id } } }")).GetProperty("me").GetProperty("savedSearches").GetArrayLength());
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task FavouritesClosingInThreeDaysAndInOneDay_AreRemindedOfOnce(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        var today = BishkekTime.DateOf(DateTimeOffset.UtcNow);
        var (inThreeDays, _) = await competition.NewVacancyAsync(new DateTimeOffset(today.AddDays(3).ToDateTime(new TimeOnly(18, 0)), BishkekTime.Offset));
        var (tomorrow, _) = await competition.NewVacancyAsync(new DateTimeOffset(today.AddDays(1).ToDateTime(new TimeOnly(18, 0)), BishkekTime.Offset));
        var (inTwoDays, _) = await competition.NewVacancyAsync(new DateTimeOffset(today.AddDays(2).ToDateTime(new TimeOnly(18, 0)), BishkekTime.Offset));
        // 02:00 Bishkek on the fourth day is still the previous UTC day: a window in the wrong offset would take it.
        var (earlyInFourDays, _) = await competition.NewVacancyAsync(new DateTimeOffset(today.AddDays(4).ToDateTime(new TimeOnly(2, 0)), BishkekTime.Offset));
        foreach (var vacancy in new[] { inThreeDays, tomorrow, inTwoDays, earlyInFourDays })
        {
            await competition.Nurlan.QueryAsync("mutation($v: ID!) { addFavouriteVacancy(vacancyId: $v) }", new { v = vacancy });
        }

        Assert.Equal(2, await RunAsync<DeadlineReminderJob>(competition, job => job.RunAsync(CancellationToken.None)));
        Assert.Equal(0, await RunAsync<DeadlineReminderJob>(competition, job => job.RunAsync(CancellationToken.None)));
        var titles = await competition.Host.QueryAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.DeadlineReminder).Select(n => n.Title.Ru).ToListAsync());
        Assert.Equal(["Избранная вакансия закрывается завтра", "Избранная вакансия закрывается через 3 дня"], titles.Order(StringComparer.Ordinal));
    }

    /// <summary>The job looks only at publications a minute old (younger ones may still be committing): as if two minutes passed.</summary>
    private static async Task SettleAsync(Competition competition)
    {
        await using var db = competition.Host.NewDbContext();
        var searchesSaved = DateTimeOffset.UtcNow.AddMinutes(-5);
        var published = DateTimeOffset.UtcNow.AddMinutes(-2);
        await db.SavedSearches.ExecuteUpdateAsync(s => s.SetProperty(x => x.CheckedUntil, searchesSaved));
        await db.Vacancies.Where(v => v.PublishedAt > searchesSaved).ExecuteUpdateAsync(s => s.SetProperty(v => v.PublishedAt, published));
    }

    private static async Task<string> PublishAsync(Competition competition, string bodyId, Dictionary<string, object?> input)
    {
        var id = (await competition.Hr.QueryAsync(VacancyDrafts.Create, new { b = bodyId, i = input })).GetProperty("createVacancy").GetProperty("id").GetString();
        return (await competition.Hr.QueryAsync(VacancyDrafts.Publish, new { id })).GetProperty("publishVacancy").GetProperty("code").GetString()!;
    }

    private static async Task<int> RunAsync<TJob>(Competition competition, Func<TJob, Task<int>> run)
        where TJob : notnull
    {
        await using var scope = competition.Host.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }
}
