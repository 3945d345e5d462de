using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Testing;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Http;

/// <summary>
/// Two hosts on one PostgreSQL (decision 0017): a vacancy HR publishes through one host shows in the other host's
/// anonymous search — its catalogue and its cached responses — within seconds, not after the caches' minute.
/// </summary>
public sealed class SearchOnTwoHostsTests
{
    private const string Search = """
        query($filter: VacancyFilterInput) { vacancies(first: 20, filter: $filter) { totalCount nodes { code } } }
        """;

    [SkippableFact]
    [PostgreSqlTest]
    public async Task AVacancyPublishedOnOneHost_ShowsInTheOtherHostsSearch_WithinSeconds()
    {
        await using var first = await IdentityTestHost.StartAsync(DatabaseProvider.PostgreSql);
        await using var second = await IdentityTestHost.StartBesideAsync(first);
        using var http = new HttpClient { BaseAddress = second.BaseAddress };
        var anonymous = new GraphQLClient(http);
        var filter = new { text = "гидролог" };
        async Task<List<string?>> CodesAsync() =>
            [.. (await anonymous.QueryAsync(Search, new { filter })).GetProperty("vacancies").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString())];
        var before = await CodesAsync();
        Assert.Equal(before, await CodesAsync());

        string code;
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
            var body = await db.StateBodies.Include(b => b.Offices).FirstAsync(b => b.Offices.Any());
            var vacancy = new Vacancy
            {
                Code = "KZ-H-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(),
                StateBodyId = body.Id,
                Group = PositionGroup.Senior,
                Title = new LocalizedText("Башкы гидролог", "Главный гидролог"),
                Description = new LocalizedText("Суу ресурстарын эсепке алуу.", "Учёт водных ресурсов."),
                Requirements = new LocalizedText("Жогорку билим.", "Высшее образование."),
                SalaryMin = 30000,
                SalaryMax = 40000,
                Status = VacancyStatus.Published,
                PublishedAt = DateTimeOffset.UtcNow,
                Deadline = DateTimeOffset.UtcNow.AddDays(10),
                Offices = [body.Offices[0]],
            };
            db.Vacancies.Add(vacancy);
            await db.SaveChangesAsync();
            code = vacancy.Code;
        }

        // Well under SearchCaches.MaxAge (60 s): the shared version is read every second.
        await Eventually.WaitUntilAsync(async () => (await CodesAsync()).Contains(code), "the other host's search finds the new vacancy", TimeSpan.FromSeconds(10));
        Assert.DoesNotContain(code, before);
    }
}
