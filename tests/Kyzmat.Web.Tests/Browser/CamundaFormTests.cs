using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Forms;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>
/// Camunda forms in a real browser: an administrator deploys one from a `.form` file on «Формалар» and previews it; an HR
/// reviewer works a step that links a form, and a refusal only the server can make (the options changed meanwhile) is
/// shown at its field.
/// </summary>
[Collection(BrowserCollection.Name)]
[BrowserTest]
public sealed class CamundaFormTests(PortalBrowser portal)
{
    // The applicant is the demo HR reviewer of the 11th seeded body: a citizen too, signed in by no other test.
    private static readonly string ApplicantPin = DemoAccounts.HrPinOfBody(11);

    private const string FilePicker = """
        ,{ "id": "F_scans", "type": "filepicker", "key": "scans", "label": "Текшерүүнүн скандары", "multiple": true, "accept": ".pdf,.png,.jpg" }
        """;

    private static string Form(string id, string more = "") => $$"""
        {
          "id": "{{id}}",
          "type": "default",
          "schemaVersion": 16,
          "components": [
            { "id": "F_officer", "type": "textfield", "key": "checkedBy", "label": "Текшерген кызматкер", "validate": { "required": true, "minLength": 2 } },
            { "id": "F_office", "type": "radio", "key": "office", "label": "Кеңсе", "valuesKey": "offices" },
            { "id": "F_ok", "type": "checkbox", "key": "cleared", "label": "Текшерүүдөн өттү" }
            {{more}}
          ],
          "kyzmat:translations": { "ru": { "F_ok.label": "Проверку прошёл" } }
        }
        """;

    [Fact]
    public async Task AnAdministrator_UploadsAFormOnFormalar_DeploysIt_AndPreviewsItWithSampleVariables()
    {
        var formId = $"check-{Guid.NewGuid():N}"[..14];
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        await portal.SignInAsync(page, SignInLabels.Kyrgyz, DemoAccounts.AdminPin, DemoAccounts.AdminPassword, "admin@demo.kyzmat.test", giveEmail: false);
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Администратордун бөлүмдөрү" }).GetByRole(AriaRole.Link, new() { Name = "Формалар" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Формалар", Level = 1 })).ToBeVisibleAsync();

        await page.GetByLabel("Форманын id").FillAsync(formId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Жаңы форма" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/admin/forms/{formId}$"));
        await Expect(page.GetByText("Бул форма азырынча жайгаштырыла элек.")).ToBeVisibleAsync();
        await Expect(page.Locator(".fjs-editor-container")).ToBeVisibleAsync();

        var upload = page.Locator("#form-upload");
        await upload.SetInputFilesAsync(new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("not a form") });
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Бул JSON файлы эмес." })).ToBeVisibleAsync();
        await upload.SetInputFilesAsync(new FilePayload { Name = $"{formId}.form", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(Form(formId)) });
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"«{formId}.form» файлы редакторго жүктөлдү." })).ToBeVisibleAsync();
        await Expect(page.Locator(".fjs-editor-container").GetByText("Текшерген кызматкер").First).ToBeVisibleAsync();
        await Expect(page.Locator(".fjs-powered-by").First).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Жайгаштыруу", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"«{formId}» формасынын 1-версиясы жайгаштырылды." })).ToBeVisibleAsync();
        await portal.ScreenshotAsync(page, "admin-form-editor");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var deployed = await scope.ServiceProvider.GetRequiredService<IWorkflowForms>().GetAsync(formId);
            Assert.Equal(1, deployed?.Version);
            Assert.Contains("\"valuesKey\": \"offices\"", deployed?.Json, StringComparison.Ordinal);
        }

        // Translations: every text with its Russian and English, the missing ones flagged (the file brought one).
        await page.GetByRole(AriaRole.Button, new() { Name = "Котормолор" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Котормосу жок тексттер: 5." })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Орусча: Текшерүүдөн өттү")).ToHaveValueAsync("Проверку прошёл");
        await page.GetByLabel("Орусча: Текшерген кызматкер").FillAsync("Проверивший сотрудник");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Котормосу жок тексттер: 4." })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Жайгаштыруу", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"«{formId}» формасынын 2-версиясы жайгаштырылды." })).ToBeVisibleAsync();
        await portal.ScreenshotAsync(page, "admin-form-translations");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            Assert.Contains("Проверивший сотрудник", (await scope.ServiceProvider.GetRequiredService<IWorkflowForms>().GetAsync(formId))?.Json, StringComparison.Ordinal);
        }

        // The preview: the sample variables give the radio its options; the browser's checks run on «Текшерүү».
        await page.GetByRole(AriaRole.Button, new() { Name = "Алдын ала көрүү" }).ClickAsync();
        await page.GetByLabel("Үлгү өзгөрмөлөр (JSON)").FillAsync("""{ "offices": [ { "label": "Ош", "value": "osh" } ] }""");
        var preview = page.GetByRole(AriaRole.Group, new() { Name = "Форманын алдын ала көрүнүшү" });
        await Expect(preview.GetByLabel("Ош")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Текшерүү", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Толтурулбаган же туура эмес талаалар бар.")).ToBeVisibleAsync();
        await preview.GetByLabel("Текшерген кызматкер").FillAsync("Айбек");
        await page.GetByRole(AriaRole.Button, new() { Name = "Текшерүү", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Браузердин текшерүүсүнөн өттү.", new() { Exact = false })).ToBeVisibleAsync();
        await page.GetByLabel("Алдын ала көрүүнүн тили").SelectOptionAsync("ru");
        await Expect(preview.GetByLabel("Проверивший сотрудник")).ToBeVisibleAsync();
        await Expect(preview.GetByText("Кеңсе")).ToBeVisibleAsync(); // not translated: Kyrgyz
        await portal.ScreenshotAsync(page, "admin-form-preview");
    }

    [Fact]
    public async Task AReviewer_WorksAnAddedStepWithItsForm_ARefusalOfTheServerIsShownAtItsField()
    {
        var citizen = await portal.NewPageAsync();
        await citizen.GotoAsync("/");
        string email;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            email = await scope.ServiceProvider.GetRequiredService<KyzmatDbContext>().SandboxCitizens.Where(s => s.Pin == ApplicantPin).Select(s => s.Email!).SingleAsync();
        }

        await portal.SignInAsync(citizen, SignInLabels.Kyrgyz, ApplicantPin, DemoAccounts.HrPassword, email, giveEmail: false);
        var filed = await FiledApplication.FileAsync(portal, citizen, email, "minfin");

        // An administrator's step for the minfin reviewers with a Camunda form, started for the filed application.
        var suffix = Guid.NewGuid().ToString("N")[..8];
        Guid instanceId;
        Guid taskId;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IWorkflowForms>().DeployAsync(Form($"security-{suffix}", FilePicker));
            var engine = scope.ServiceProvider.GetRequiredService<IWorkflowEngine>();
            await engine.DeployAsync(AdminDiagrams.FormStep($"security-check-{suffix}", $"security-{suffix}", "Коопсуздук кызматынын текшерүүсү"));
            instanceId = (await engine.StartByKeyAsync($"security-check-{suffix}", filed.Id, JsonNode.Parse("""
                { "offices": [ { "label": "Ош", "value": "osh" }, { "label": "Нарын", "value": "naryn" } ] }
                """)!.AsObject())).Id;
            taskId = Assert.Single((await scope.ServiceProvider.GetRequiredService<IUserTaskService>().QueryAsync(new UserTaskQuery { InstanceId = instanceId })).Items).Id;
        }

        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        await portal.SignInAsync(page, SignInLabels.Kyrgyz, DemoAccounts.HrPin, DemoAccounts.HrPassword, "hr.minfin@demo.kyzmat.test", giveEmail: false);
        // The task list names the added step by its task's name; the card opens it.
        await page.GotoAsync($"/hr?vacancy={filed.VacancyId}");
        var card = page.Locator($"article.hr-card[data-application='{filed.Number}']").Filter(new() { HasText = "Коопсуздук кызматынын текшерүүсү:" });
        await card.GetByRole(AriaRole.Link, new() { Name = "Ачуу" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/hr/tasks/{taskId}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Коопсуздук кызматынын текшерүүсү:");
        var form = page.GetByRole(AriaRole.Group, new() { Name = "Тапшырманын формасы" });
        await Expect(form.GetByLabel("Нарын")).ToBeVisibleAsync();
        await Expect(page.Locator(".fjs-powered-by").First).ToBeVisibleAsync();

        // In Russian the form shows its Russian texts, and Kyrgyz where it has none.
        await page.GetByLabel("Тил", new() { Exact = true }).SelectOptionAsync("ru");
        var russian = page.GetByRole(AriaRole.Group, new() { Name = "Форма задачи" });
        await Expect(russian.GetByLabel("Проверку прошёл")).ToBeVisibleAsync();
        await Expect(russian.GetByLabel("Текшерген кызматкер")).ToBeVisibleAsync();
        await page.GetByLabel("Язык", new() { Exact = true }).SelectOptionAsync("ky");
        await Expect(form.GetByLabel("Текшерүүдөн өттү")).ToBeVisibleAsync();

        // The browser's own checks first: the officer's name is required.
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Форманы жөнөтүү" });
        await submit.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Белгиленген талааларды оңдоңуз.");

        // Meanwhile the process no longer offers Osh: the server refuses it, and says so at the field.
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>().SetVariablesAsync(instanceId,
                JsonNode.Parse("""{ "offices": [ { "label": "Нарын", "value": "naryn" } ] }""")!.AsObject());
        }

        await form.GetByLabel("Текшерген кызматкер").FillAsync("Айбек");
        await page.Keyboard.PressAsync("Tab"); // form-js re-validates on leaving the field: its message goes, the fields below move up
        await form.GetByLabel("Ош").CheckAsync();
        await submit.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Форманын айрым талаалары туура эмес толтурулган");
        await Expect(form.Locator(".fjs-form-field-error").Filter(new() { HasText = "Сунушталган варианттардын бирин тандаңыз." })).ToBeVisibleAsync();
        await portal.ScreenshotAsync(page, "hr-camunda-form-refused");
        await PortalBrowser.AssertAccessibleAsync(page);

        // A picked file the upload refuses (not PDF, JPEG or PNG) is shown at its field, and nothing is submitted.
        var files = form.Locator("input[type=file]");
        await files.SetInputFilesAsync(new FilePayload { Name = "notes.pdf", MimeType = "application/pdf", Buffer = Encoding.UTF8.GetBytes("not really a PDF") });
        await submit.ClickAsync();
        await Expect(form.Locator(".fjs-form-field-error").Filter(new() { HasText = "notes.pdf: PDF, JPEG же PNG файлын гана жүктөөгө болот." })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/hr/tasks/{taskId}$"));

        // A real PDF is uploaded on submit and the field's value is its reference.
        await files.SetInputFilesAsync(new FilePayload { Name = "scan.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"u8.ToArray() });
        await form.GetByLabel("Нарын").CheckAsync();
        await form.GetByLabel("Текшерүүдөн өттү").CheckAsync();
        await submit.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/hr$"));
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync($"«Коопсуздук кызматынын текшерүүсү» кадамы {filed.Number} арызы боюнча аткарылды.");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var instance = await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>().GetInstanceAsync(instanceId);
            Assert.Equal(InstanceStates.Completed, instance.State);
            Assert.Equal("naryn", instance.Variables["office"]!.GetValue<string>());
            Assert.True(instance.Variables["cleared"]!.GetValue<bool>());
            var scan = Assert.Single(instance.Variables["scans"]!.AsArray())!;
            Assert.Equal(("scan.pdf", "application/pdf"), (scan["metadata"]!["fileName"]!.GetValue<string>(), scan["metadata"]!["contentType"]!.GetValue<string>()));
            var documentId = Guid.Parse(scan["documentId"]!.GetValue<string>());
            Assert.True(await scope.ServiceProvider.GetRequiredService<KyzmatDbContext>().Documents.AnyAsync(d => d.Id == documentId));
        }
    }
}
