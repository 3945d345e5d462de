using Kyzmat.GraphQL.Tests.Applications;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.GraphQL.Tests.Vacancies;

/// <summary>The vacancy operations HR sends, shared by the vacancy management tests.</summary>
internal static class VacancyDrafts
{
    public const string Fields = "id code status publishedAt deadline group cancellationReason requirements { ky ru } title { ky } offices { id } amendments { at text { ky ru } } "
        + "unit { ky ru } requiredEducation minExperienceYears stateLanguageLevel requiredDocuments { ru }";

    public const string Create = $"mutation($b: ID!, $i: VacancyInput!) {{ createVacancy(stateBodyId: $b, input: $i) {{ {Fields} }} }}";

    public const string Update = $"mutation($id: ID!, $i: VacancyInput!) {{ updateVacancy(id: $id, input: $i) {{ vacancy {{ {Fields} }} amendment {{ text {{ ky ru }} }} }} }}";

    public const string Publish = $"mutation($id: ID!) {{ publishVacancy(id: $id) {{ {Fields} }} }}";

    public const string Close = $"mutation($id: ID!) {{ closeVacancy(id: $id) {{ {Fields} }} }}";

    public const string Cancel = $"mutation($id: ID!, $r: String!) {{ cancelVacancy(id: $id, reason: $r) {{ {Fields} }} }}";

    public const string ById = $"query($id: ID!) {{ vacancy(id: $id) {{ {Fields} }} }}";

    /// <summary>A complete vacancy input for one of the body's offices, its title carrying <paramref name="marker"/> for search.</summary>
    public static Dictionary<string, object?> Input(
        string officeId, string marker = "Аудитор", string requirements = "Жогорку экономикалык билим.", string group = "SENIOR", int experienceYears = 2) => new()
    {
        ["unit"] = new { ky = "Ички аудит бөлүмү", ru = "Отдел внутреннего аудита" },
        ["requiredEducation"] = "HIGHER",
        ["minExperienceYears"] = experienceYears,
        ["stateLanguageLevel"] = "B2",
        ["requiredDocuments"] = new { ky = "Диплом, эмгек китепчеси.", ru = "Диплом, трудовая книжка." },
        ["title"] = new { ky = $"{marker} адиси", ru = $"Специалист {marker}" },
        ["description"] = new { ky = "Ички аудит жүргүзүү.", ru = "Проведение внутреннего аудита." },
        ["requirements"] = new { ky = requirements, ru = "Высшее экономическое образование." },
        ["group"] = group,
        ["employment"] = "FULL_TIME",
        ["salaryMin"] = 30000,
        ["salaryMax"] = 45000,
        ["deadline"] = DateTimeOffset.UtcNow.AddDays(14).ToString("O"),
        ["officeIds"] = new[] { officeId },
    };

    /// <summary>The id of a state body and of its first office: the Ministry of Finance, or another body.</summary>
    public static Task<(string BodyId, string OfficeId)> BodyAsync(Competition competition, bool minfin = true) =>
        competition.Host.QueryAsync(async db =>
        {
            var body = await db.StateBodies.Include(b => b.Offices).Where(b => minfin ? b.Code == "minfin" : b.Code != "minfin")
                .OrderBy(b => b.Code).FirstAsync();
            return (body.Id.ToString(), body.Offices.OrderBy(o => o.Code).First().Id.ToString());
        });
}
