using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Api.Bench;

/// <summary>
/// Vacancies as state bodies write them, in Kyrgyz, Russian and English: a post (24) in a unit (a topic of 20, mostly
/// near the body's own field, in one of four kinds of unit: ~1,900 distinct titles), three of 24 duty sentences,
/// spread over bodies, groups, offices, salaries and deadlines. Picks are hashed, not round-robin, so that no word
/// follows another everywhere; a word's share of rows is as in real announcements (a post's word in a few percent),
/// which is what the query planner's choices depend on.
/// </summary>
internal static class VacancySeeder
{
    private static readonly (string Ky, string Ru, string En)[] Posts =
    [
        ("башкы адиси", "Главный специалист", "Chief specialist"),
        ("жетектөөчү адиси", "Ведущий специалист", "Leading specialist"),
        ("адиси", "Специалист", "Specialist"),
        ("башчысы", "Начальник", "Head"),
        ("башчысынын орун басары", "Заместитель начальника", "Deputy head"),
        ("салык инспектору", "Налоговый инспектор", "Tax inspector"),
        ("бажы инспектору", "Таможенный инспектор", "Customs inspector"),
        ("эмгек инспектору", "Инспектор по труду", "Labour inspector"),
        ("юристи", "Юрист", "Lawyer"),
        ("бухгалтери", "Бухгалтер", "Accountant"),
        ("башкы бухгалтери", "Главный бухгалтер", "Chief accountant"),
        ("экономисти", "Экономист", "Economist"),
        ("программисти", "Программист", "Programmer"),
        ("тутумдук администратору", "Системный администратор", "System administrator"),
        ("аудитору", "Аудитор", "Auditor"),
        ("котормочусу", "Переводчик", "Translator"),
        ("референти", "Референт", "Assistant"),
        ("архивчиси", "Архивариус", "Archivist"),
        ("статистиги", "Статистик", "Statistician"),
        ("аналитиги", "Аналитик", "Analyst"),
        ("кеңешчиси", "Советник", "Adviser"),
        ("катчысы", "Секретарь", "Secretary"),
        ("эксперти", "Эксперт", "Expert"),
        ("инженери", "Инженер", "Engineer"),
    ];

    private static readonly (string Ky, string Ru, string En)[] Topics =
    [
        ("Финансылык талдоо", "финансового анализа", "financial analysis"),
        ("Бюджеттик саясат", "бюджетной политики", "budget policy"),
        ("Кадрлар", "кадров", "human resources"),
        ("Укуктук камсыздоо", "правового обеспечения", "legal support"),
        ("Маалыматтык технологиялар", "информационных технологий", "information technology"),
        ("Салык администрациялоо", "налогового администрирования", "tax administration"),
        ("Бажы көзөмөлү", "таможенного контроля", "customs control"),
        ("Мектептик билим берүү", "школьного образования", "school education"),
        ("Саламаттыкты сактоо", "здравоохранения", "public health"),
        ("Социалдык коргоо", "социальной защиты", "social protection"),
        ("Эмгек мамилелери", "трудовых отношений", "labour relations"),
        ("Ички аудит", "внутреннего аудита", "internal audit"),
        ("Мамлекеттик сатып алуулар", "государственных закупок", "public procurement"),
        ("Эл аралык кызматташтык", "международного сотрудничества", "international cooperation"),
        ("Стратегиялык пландоо", "стратегического планирования", "strategic planning"),
        ("Документтер менен камсыздоо", "документационного обеспечения", "records management"),
        ("Инвестициялар", "инвестиций", "investment"),
        ("Айыл чарба", "сельского хозяйства", "agriculture"),
        ("Жер ресурстары", "земельных ресурсов", "land resources"),
        ("Коомдук байланыштар", "связей с общественностью", "public relations"),
    ];

    private static readonly (string Ky, string Ru, string En)[] UnitKinds =
    [
        ("бөлүмүнүн", "отдела", "division"),
        ("башкармалыгынын", "управления", "department"),
        ("секторунун", "сектора", "sector"),
        ("кызматынын", "службы", "service"),
    ];

    private static readonly (string Ky, string Ru, string En)[] Duties =
    [
        ("Бөлүмдүн ишин пландаштырат жана көзөмөлдөйт.", "Планирует и контролирует работу отдела.", "Plans and oversees the division's work."),
        ("Салык төлөөчүлөрдүн декларацияларын текшерет.", "Проверяет декларации налогоплательщиков.", "Checks taxpayers' returns."),
        ("Ченемдик укуктук актылардын долбоорлорун даярдайт.", "Готовит проекты нормативных правовых актов.", "Drafts regulations."),
        ("Бюджеттин аткарылышын талдайт жана отчетторду түзөт.", "Анализирует исполнение бюджета и составляет отчёты.", "Analyses budget execution and writes reports."),
        ("Жарандардын кайрылууларын карайт.", "Рассматривает обращения граждан.", "Handles citizens' requests."),
        ("Маалыматтык системаларды колдойт жана өнүктүрөт.", "Сопровождает и развивает информационные системы.", "Maintains and develops information systems."),
        ("Жүктөрдү бажылык тариздөөнү жүргүзөт.", "Осуществляет таможенное оформление грузов.", "Clears goods through customs."),
        ("Мамлекеттик сатып алууларды уюштурат.", "Организует государственные закупки.", "Organises public procurement."),
        ("Кызматкерлердин жеке иштерин жүргүзөт.", "Ведёт личные дела сотрудников.", "Keeps staff records."),
        ("Ички аудиттин пландарын түзөт жана аткарат.", "Составляет и исполняет планы внутреннего аудита.", "Plans and performs internal audits."),
        ("Эл аралык уюмдар менен кат алышууну жүргүзөт.", "Ведёт переписку с международными организациями.", "Corresponds with international organisations."),
        ("Статистикалык маалыматтарды чогултат жана иштетет.", "Собирает и обрабатывает статистические данные.", "Collects and processes statistics."),
        ("Соттордо мекеменин кызыкчылыктарын коргойт.", "Представляет интересы учреждения в судах.", "Represents the body in court."),
        ("Эмгек мыйзамдарынын сакталышын текшерет.", "Проверяет соблюдение трудового законодательства.", "Inspects compliance with labour law."),
        ("Бухгалтердик эсепти жүргүзөт.", "Ведёт бухгалтерский учёт.", "Keeps the accounts."),
        ("Инвестициялык долбоорлордун мониторингин жүргүзөт.", "Проводит мониторинг инвестиционных проектов.", "Monitors investment projects."),
        ("Жер участокторун каттоо иштерин жүргүзөт.", "Ведёт регистрацию земельных участков.", "Registers land plots."),
        ("Мектептердин ишин методикалык жактан колдойт.", "Оказывает методическую поддержку школам.", "Supports schools with methods."),
        ("Медициналык мекемелердин ишин талдайт.", "Анализирует работу медицинских учреждений.", "Analyses the work of medical institutions."),
        ("Социалдык жөлөкпулдарды дайындоону уюштурат.", "Организует назначение социальных пособий.", "Organises the award of social benefits."),
        ("Массалык маалымат каражаттары менен иштейт.", "Работает со средствами массовой информации.", "Works with the media."),
        ("Документтерди архивге тапшырууну уюштурат.", "Организует сдачу документов в архив.", "Organises the archiving of records."),
        ("Тармактык өнүгүү стратегиясын иштеп чыгат.", "Разрабатывает стратегию развития отрасли.", "Develops the sector's strategy."),
        ("Серверлердин жана тармактардын иштешин камсыздайт.", "Обеспечивает работу серверов и сетей.", "Keeps servers and networks running."),
    ];

    /// <summary>
    /// Texts a citizen might type, drawn from the seed's own words (Kyrgyz and Russian): a post's word with a topic's
    /// word, a post's or a topic's word alone, a duty's word with a post's — for the bench's mix of distinct queries.
    /// </summary>
    public static List<string> QueryTexts()
    {
        static IEnumerable<string> Words(IEnumerable<string> texts) => texts
            .SelectMany(t => t.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.ToLowerInvariant()).Where(w => w.Length >= 4).Distinct();
        var texts = new List<string>();
        foreach (var language in new Func<(string Ky, string Ru, string En), string>[] { t => t.Ky, t => t.Ru })
        {
            var posts = Words(Posts.Select(language)).ToList();
            var topics = Words(Topics.Select(language)).ToList();
            var duties = Words(Duties.Select(language)).ToList();
            texts.AddRange(posts.SelectMany(p => topics.Select(t => $"{p} {t}")));
            texts.AddRange(posts);
            texts.AddRange(topics);
            texts.AddRange(duties.SelectMany(d => posts.Take(6).Select(p => $"{d} {p}")));
        }

        return [.. texts.Distinct()];
    }

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
            var bodyIndex = Pick(i, 1, bodies.Count);
            var body = bodies[bodyIndex];
            var post = Posts[Pick(i, 2, Posts.Length)];
            // Most of a body's units are in its own few fields; one in four anywhere.
            var topic = Topics[Pick(i, 3, 4) == 0 ? Pick(i, 4, Topics.Length) : (bodyIndex * 3 + Pick(i, 5, 3)) % Topics.Length];
            var kind = UnitKinds[Pick(i, 6, UnitKinds.Length)];
            var (first, second, third) = (Duties[Pick(i, 7, Duties.Length)], Duties[Pick(i, 8, Duties.Length)], Duties[Pick(i, 9, Duties.Length)]);
            db.Vacancies.Add(new Vacancy
            {
                Code = $"KZ-BENCH-{i:D6}",
                StateBodyId = body.Id,
                Group = groups[Pick(i, 10, groups.Length)],
                Title = new LocalizedText($"{topic.Ky} {kind.Ky} {post.Ky}", $"{post.Ru} {kind.Ru} {topic.Ru}", $"{post.En}, {topic.En} {kind.En}"),
                Description = new LocalizedText($"{first.Ky} {second.Ky} {third.Ky}", $"{first.Ru} {second.Ru} {third.Ru}", $"{first.En} {second.En} {third.En}"),
                Requirements = new LocalizedText("Жогорку билим, мамлекеттик тилди билүү.", "Высшее образование, знание государственного языка.", "Higher education, command of the state language."),
                SalaryMin = 15000 + Pick(i, 11, 50) * 1000,
                SalaryMax = 25000 + Pick(i, 11, 50) * 1000,
                Status = VacancyStatus.Published,
                PublishedAt = now.AddMinutes(-i),
                Deadline = now.AddDays(2 + Pick(i, 12, 40)),
                Offices = [body.Offices[Pick(i, 13, body.Offices.Count)]],
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

    /// <summary>A choice among <paramref name="count"/> for vacancy <paramref name="i"/>, the same in every run; <paramref name="salt"/> makes choices independent.</summary>
    private static int Pick(int i, int salt, int count)
    {
        var x = (uint)(i * 0x9E3779B1 ^ salt * 0x85EBCA77);
        x ^= x >> 15;
        x *= 0x2C1B3C6D;
        x ^= x >> 12;
        return (int)(x % (uint)count);
    }
}
