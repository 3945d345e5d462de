using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Api.Bench;

internal static class VacancySeeder
{
    /// <summary>Adds vacancies (spread over bodies, groups, offices) until the database holds <paramref name="total"/>.</summary>
    public static async Task FillToAsync(KyzmatDbContext db, int total)
    {
        var bodies = await db.StateBodies.Include(b => b.Offices).OrderBy(b => b.Code).ToListAsync();
        var existing = await db.Vacancies.CountAsync();
        var groups = Enum.GetValues<PositionGroup>();
        var now = DateTimeOffset.UtcNow;
        for (var i = existing; i < total; i++)
        {
            var body = bodies[i % bodies.Count];
            var group = groups[i % groups.Length];
            db.Vacancies.Add(new Vacancy
            {
                Code = $"KZ-BENCH-{i:D6}",
                StateBodyId = body.Id,
                Group = group,
                Title = new LocalizedText($"Бөлүмдүн адиси №{i}", $"Специалист отдела №{i}"),
                Description = new LocalizedText("Бөлүмдүн ишин уюштурат жана көзөмөлдөйт.", "Организует и контролирует работу отдела."),
                Requirements = new LocalizedText("Жогорку билим, мамлекеттик тилди билүү.", "Высшее образование, знание государственного языка."),
                SalaryMin = 25000 + i % 40 * 1000,
                SalaryMax = 35000 + i % 40 * 1000,
                Status = VacancyStatus.Published,
                PublishedAt = now.AddMinutes(-i),
                Deadline = now.AddDays(5 + i % 25),
                Offices = [body.Offices[i % body.Offices.Count]],
            });
            if ((i + 1) % 1000 == 0)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                bodies = await db.StateBodies.Include(b => b.Offices).OrderBy(b => b.Code).ToListAsync();
            }
        }

        await db.SaveChangesAsync();
    }
}
