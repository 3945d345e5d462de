using System.Text.Json;
using Kyzmat.Testing;
using Microsoft.Playwright;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>An application signed and filed by a citizen through the API from a signed-in page.</summary>
public sealed record FiledApplication(string Id, string Number, string VacancyId, string VacancyCode)
{
    /// <summary>
    /// Completes the signed-in citizen's profile (personal data, Kyrgyz, an education and a work period, each with a
    /// document), applies to the first open vacancy of <paramref name="stateBodyCode"/>, chooses its first office, signs
    /// with the e-mailed code and files the application.
    /// </summary>
    public static async Task<FiledApplication> FileAsync(PortalBrowser portal, IPage page, string email, string stateBodyCode)
    {
        var diploma = await PageApi.UploadPdfAsync(page, "Диплом.pdf");
        var workBook = await PageApi.UploadPdfAsync(page, "Эмгек китепчеси.pdf");
        await PageApi.DataAsync(page, """
            mutation($diploma: ID, $workBook: ID) {
              updatePersonalInformation(input: { sex: FEMALE, citizenship: "KG", phone: "+996 555 98 76 54", regionCode: "bishkek", address: "Манас пр., 40", maritalStatus: SINGLE }) { phone }
              updateAdditionalInformation(input: { languages: [{ language: "ky", level: NATIVE }] }) { languages { language } }
              saveEducation(input: { institution: "Кыргыз-Түрк «Манас» университети", speciality: "Финансы", qualification: "Экономист", startDate: "2006-09-01", endDate: "2011-06-30", form: FULL_TIME, field: "Экономика", documentId: $diploma }) { id }
              saveWorkExperience(input: { organisation: "Салык кызматы", position: "Инспектор", postType: STATE_CIVIL_SERVICE, areas: ["Салык"], startDate: "2012-02-01", documentId: $workBook }) { id }
            }
            """, new { diploma, workBook });

        var body = await PageApi.DataAsync(page, "query($code: String) { stateBody(code: $code) { id } }", new { code = stateBodyCode });
        var bodyId = body.GetProperty("stateBody").GetProperty("id").GetString()!;
        var vacancies = await PageApi.DataAsync(page, """
            query($body: ID!) { vacancies(filter: { stateBodyIds: [$body] }, first: 1, sort: DEADLINE) { nodes { id code offices { id } } } }
            """, new { body = bodyId });
        var vacancy = vacancies.GetProperty("vacancies").GetProperty("nodes")[0];
        var vacancyId = vacancy.GetProperty("id").GetString()!;
        var officeId = vacancy.GetProperty("offices")[0].GetProperty("id").GetString()!;

        var applied = await PageApi.DataAsync(page, "mutation($v: ID!) { applyForVacancy(vacancyId: $v) { id number } }", new { v = vacancyId });
        var applicationId = applied.GetProperty("applyForVacancy").GetProperty("id").GetString()!;
        await PageApi.DataAsync(page, "mutation($a: ID!, $o: ID!) { createApplicationDocument(applicationId: $a, officeId: $o) { id } }", new { a = applicationId, o = officeId });
        await PageApi.DataAsync(page, "mutation($a: ID!) { requestApplicationSignature(applicationId: $a) { id } }", new { a = applicationId });
        var code = await portal.Smtp.NextCodeToAsync(email);

        // The e-mail may arrive a moment before the process waits for the code.
        var confirmed = await Eventually.WaitForAsync(
            () => PageApi.PostAsync(page, "mutation($a: ID!, $c: String!) { confirmApplicationSignature(applicationId: $a, code: $c) { status number } }", new { a = applicationId, c = code }),
            response => !(response.TryGetProperty("errors", out var errors) && CodeOf(errors) == "APPLICATION_STEP_UNAVAILABLE"),
            "the process waits for the code");
        Assert.False(confirmed.TryGetProperty("errors", out _), confirmed.ToString());
        var application = confirmed.GetProperty("data").GetProperty("confirmApplicationSignature");
        Assert.Equal("FILED", application.GetProperty("status").GetString());
        return new FiledApplication(applicationId, application.GetProperty("number").GetString()!, vacancyId, vacancy.GetProperty("code").GetString()!);
    }

    private static string? CodeOf(JsonElement errors) =>
        errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() : null;
}
