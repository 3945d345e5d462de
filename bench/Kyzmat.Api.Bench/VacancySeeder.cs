using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Api.Bench;

/// <summary>
/// Vacancies as state bodies write them, in Kyrgyz, Russian and English: a post in a unit (ten posts × eight units),
/// two of six duty sentences, spread over bodies, groups, offices, salaries and deadlines.
/// </summary>
internal static class VacancySeeder
{
    private static readonly (string Ky, string Ru, string En)[] Posts =
    [
        ("башкы адиси", "Главный специалист", "Chief specialist"),
        ("жетектөөчү адиси", "Ведущий специалист", "Leading specialist"),
        ("адиси", "Специалист", "Specialist"),
        ("башчысы", "Начальник", "Head"),
        ("салык инспектору", "Налоговый инспектор", "Tax inspector"),
        ("бажы инспектору", "Таможенный инспектор", "Customs inspector"),
        ("юристи", "Юрист", "Lawyer"),
        ("бухгалтери", "Бухгалтер", "Accountant"),
        ("экономисти", "Экономист", "Economist"),
        ("программисти", "Программист", "Programmer"),
    ];

    private static readonly (string Ky, string Ru, string En)[] Units =
    [
        ("Финансылык талдоо бөлүмүнүн", "отдела финансового анализа", "of the financial analysis division"),
        ("Бюджеттик саясат башкармалыгынын", "управления бюджетной политики", "of the budget policy department"),
        ("Кадр кызматынын", "кадровой службы", "of the human resources service"),
        ("Укуктук камсыздоо бөлүмүнүн", "отдела правового обеспечения", "of the legal support division"),
        ("Маалыматтык технологиялар бөлүмүнүн", "отдела информационных технологий", "of the information technology division"),
        ("Салык администрациялоо бөлүмүнүн", "отдела налогового администрирования", "of the tax administration division"),
        ("Бажы көзөмөлү бөлүмүнүн", "отдела таможенного контроля", "of the customs control division"),
        ("Мектептик билим берүү бөлүмүнүн", "отдела школьного образования", "of the school education division"),
    ];

    private static readonly (string Ky, string Ru, string En)[] Duties =
    [
        ("Бөлүмдүн ишин пландаштырат жана көзөмөлдөйт.", "Планирует и контролирует работу отдела.", "Plans and oversees the division's work."),
        ("Салык төлөөчүлөрдүн декларацияларын текшерет.", "Проверяет декларации налогоплательщиков.", "Checks taxpayers' returns."),
        ("Ченемдик укуктук актылардын долбоорлорун даярдайт.", "Готовит проекты нормативных правовых актов.", "Drafts regulations."),
        ("Бюджеттин аткарылышын талдайт жана отчетторду түзөт.", "Анализирует исполнение бюджета и составляет отчёты.", "Analyses budget execution and writes reports."),
        ("Жарандардын кайрылууларын карайт.", "Рассматривает обращения граждан.", "Handles citizens' requests."),
        ("Маалыматтык системаларды колдойт жана өнүктүрөт.", "Сопровождает и развивает информационные системы.", "Maintains and develops information systems."),
    ];

    /// <summary>Adds vacancies until the database holds <paramref name="total"/>.</summary>
    public static async Task FillToAsync(KyzmatDbContext db, int total)
    {
        var bodies = await db.StateBodies.Include(b => b.Offices).OrderBy(b => b.Code).ToListAsync();
        var existing = await db.Vacancies.CountAsync();
        var groups = Enum.GetValues<PositionGroup>();
        var now = DateTimeOffset.UtcNow;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = existing; i < total; i++)
        {
            var body = bodies[i % bodies.Count];
            var post = Posts[i % Posts.Length];
            var unit = Units[i / Posts.Length % Units.Length];
            var (first, second) = (Duties[i % Duties.Length], Duties[(i / 7 + 1) % Duties.Length]);
            db.Vacancies.Add(new Vacancy
            {
                Code = $"KZ-BENCH-{i:D6}",
                StateBodyId = body.Id,
                Group = groups[i % groups.Length],
                Title = new LocalizedText($"{unit.Ky} {post.Ky}", $"{post.Ru} {unit.Ru}", $"{post.En} {unit.En}"),
                Description = new LocalizedText($"{first.Ky} {second.Ky}", $"{first.Ru} {second.Ru}", $"{first.En} {second.En}"),
                Requirements = new LocalizedText("Жогорку билим, мамлекеттик тилди билүү.", "Высшее образование, знание государственного языка.", "Higher education, command of the state language."),
                SalaryMin = 15000 + i % 50 * 1000,
                SalaryMax = 25000 + i % 50 * 1000,
                Status = VacancyStatus.Published,
                PublishedAt = now.AddMinutes(-i),
                Deadline = now.AddDays(2 + i % 40),
                Offices = [body.Offices[i % body.Offices.Count]],
            });
            if ((i + 1) % 2000 == 0)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                bodies = await db.StateBodies.Include(b => b.Offices).OrderBy(b => b.Code).ToListAsync();
            }
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
