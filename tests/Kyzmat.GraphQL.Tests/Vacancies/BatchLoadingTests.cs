using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Testing.Host;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Vacancies;

public sealed class BatchLoadingTests
{
    [Fact]
    public async Task Vacancies_PageOf50WithNestedFields_CostsAConstantNumberOfSqlCommands()
    {
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        var client = new GraphQLClient(host.CreateClient());
        await AddOpenVacanciesAsync(host, 20);
        const string Query = """
            query($first: Int) {
              vacancies(first: $first) {
                totalCount
                nodes {
                  code title { text }
                  stateBody { code name { ru } offices { code region { code } } }
                  offices { code address { ky } region { code name { ky } } }
                }
              }
            }
            """;
        // The first page reads the reference data (state bodies, offices, regions) into the process's cache.
        await client.QueryAsync(Query, new { first = 40 });
        host.SqlCommands.Reset();

        // Another page (the response cache has not seen it): the bodies, their offices and the regions from the cache.
        var data = await client.QueryAsync(Query, new { first = 50 });

        Assert.Equal(50, data.GetProperty("vacancies").GetProperty("nodes").GetArrayLength());
        // count, page, offices of the vacancies.
        var commands = host.SqlCommands.CommandsOfTheContextThatRan("FROM \"vacancies\"");
        Assert.True(commands.Count <= 3, $"{commands.Count} SQL commands:\n{string.Join("\n---\n", commands)}");
    }

    private static async Task AddOpenVacanciesAsync(KyzmatHostFactory host, int count)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        var bodies = await db.StateBodies.Include(b => b.Offices).OrderBy(b => b.Code).ToListAsync();
        for (var i = 0; i < count; i++)
        {
            var body = bodies[i % bodies.Count];
            db.Vacancies.Add(new Vacancy
            {
                Code = $"KZ-TEST-{i:D4}",
                StateBodyId = body.Id,
                Group = PositionGroup.Senior,
                Title = new LocalizedText($"Улук адис {i}", $"Старший специалист {i}"),
                Description = new LocalizedText("Милдеттери", "Обязанности"),
                Requirements = new LocalizedText("Талаптар", "Требования"),
                SalaryMin = 30000,
                SalaryMax = 40000,
                Status = VacancyStatus.Published,
                PublishedAt = DateTimeOffset.UtcNow.AddMinutes(-i),
                Deadline = DateTimeOffset.UtcNow.AddDays(10),
                Offices = [body.Offices[0]],
            });
        }

        await db.SaveChangesAsync();
    }
}
