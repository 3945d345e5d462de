using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Applications.Bench;

internal static class VacancySeeder
{
    /// <summary>A published vacancy of the Ministry of Finance, open for ten days, with every office of the ministry; its id.</summary>
    /// <param name="db">The host's database.</param>
    /// <param name="code">The vacancy's code, unique among vacancies (the warm-up rounds each have their own vacancy).</param>
    public static async Task<Guid> PublishAsync(KyzmatDbContext db, string code = "KZ-BENCH-APPLY")
    {
        var body = await db.StateBodies.Include(b => b.Offices).SingleAsync(b => b.Code == "minfin");
        var vacancy = new Vacancy
        {
            Code = code,
            StateBodyId = body.Id,
            Group = PositionGroup.Senior,
            Title = new LocalizedText("Бюджет бөлүмүнүн адиси", "Специалист отдела бюджета"),
            Description = new LocalizedText("Бюджетти пландоо.", "Планирование бюджета."),
            Requirements = new LocalizedText("Жогорку билим.", "Высшее образование."),
            SalaryMin = 30000,
            SalaryMax = 40000,
            Status = VacancyStatus.Published,
            PublishedAt = DateTimeOffset.UtcNow.AddDays(-1),
            Deadline = DateTimeOffset.UtcNow.AddDays(10),
        };
        vacancy.Offices.AddRange(body.Offices);
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync();
        return vacancy.Id;
    }
}
