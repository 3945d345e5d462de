using System.Text;
using System.Text.RegularExpressions;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>
/// Issue 21's scenario: an administrator designs a form in three languages on «Формалар» and deploys it, loads the lifecycle
/// with a step that links it into the designer (a file: placing a task on a flow by mouse is not what is tested here) and
/// deploys; citizens apply and sign; minfin's reviewer works the step from the task list in Kyrgyz on a desktop and in
/// Russian on a phone, a refused field first (its message in the reviewer's language); the process goes on, and the citizens see the step by its name.
/// </summary>
[Collection(BrowserCollection.Name)]
[BrowserTest]
public sealed class AddedStepScenarioTests(PortalBrowser portal)
{
    private const string Step = AddedLifecycleStep.Name;

    [Fact]
    public async Task AnAdministratorAddsAFormStep_AReviewerWorksItInKyrgyzAndInRussianOnAPhone_CitizensSeeItsName()
    {
        var formId = $"background-{Guid.NewGuid():N}"[..20];
        var admin = await SignedInAsync(portal.NewPageAsync(), SignInLabels.Kyrgyz, DemoAccounts.AdminPin, DemoAccounts.AdminPassword, "admin@demo.kyzmat.test");
        await DesignFormAsync(admin, formId);
        var original = await LatestLifecycleAsync();
        IPage citizen, russianCitizen;
        (string Id, string Number) first;
        FiledApplication second;
        try
        {
            await DeployInDesignerAsync(admin, AddedLifecycleStep.Insert(original, formId));
            (citizen, first) = await AppliesThroughTheManualAsync();
            (russianCitizen, second) = await AppliesInRussianAsync();
        }
        finally
        {
            // The browser tests share one host: later applications must follow the lifecycle as it was.
            await RedeployAsync(original);
        }

        // «Менин жоопторум» names the step the application waits at, in each citizen's language.
        await citizen.GotoAsync("/cabinet/applications");
        await Expect(citizen.Locator(".application-card").Filter(new() { HasText = first.Number })).ToContainTextAsync($"«{Step}» кадамы күтүлүүдө.");
        await portal.ScreenshotAsync(citizen, "added-step-my-responses-ky");
        await russianCitizen.GotoAsync("/cabinet/applications");
        await Expect(russianCitizen.Locator(".application-card").Filter(new() { HasText = second.Number }))
            .ToContainTextAsync($"Ожидается этап «{AddedLifecycleStep.RussianName}».");

        await ReviewerWorksTheStepInKyrgyzAsync(first.Number, await VacancyOfAsync(first.Id));
        await ReviewerWorksTheStepInRussianOnAPhoneAsync(second.Number, second.VacancyId);

        // The process went on to the document review; the citizens' timelines name the step as done.
        Assert.Equal(["kyzmat:document-review"], await OpenFormKeysAsync(first.Id));
        Assert.Equal(["kyzmat:document-review"], await OpenFormKeysAsync(second.Id));
        await citizen.GotoAsync($"/cabinet/applications/{first.Id}");
        await Expect(citizen.Locator(".timeline")).ToContainTextAsync($"«{Step}» кадамы аткарылды");
        await Expect(citizen.Locator(".facts").First).ToContainTextAsync("Кадр кызматы документтерди карап жатат.");
        await portal.ScreenshotAsync(citizen, "added-step-timeline-ky");
        await russianCitizen.GotoAsync($"/cabinet/applications/{second.Id}");
        await Expect(russianCitizen.Locator(".timeline")).ToContainTextAsync($"Этап «{AddedLifecycleStep.RussianName}» пройден");
    }

    /// <summary>«Формалар»: a new form from a `.form` file, its texts translated to Russian and English, deployed.</summary>
    private async Task DesignFormAsync(IPage page, string formId)
    {
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Администратордун бөлүмдөрү" }).GetByRole(AriaRole.Link, new() { Name = "Формалар" }).ClickAsync();
        await page.GetByLabel("Форманын id").FillAsync(formId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Жаңы форма" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/admin/forms/{formId}$"));
        await page.Locator("#form-upload").SetInputFilesAsync(new FilePayload
        {
            Name = $"{formId}.form", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(AddedLifecycleStep.Form(formId)),
        });
        await Expect(page.Locator(".fjs-editor-container").GetByText("Текшерген кызматкер").First).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Котормолор" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Котормосу жок тексттер: 8." })).ToBeVisibleAsync();
        foreach (var (ky, ru, en) in AddedLifecycleStep.Texts)
        {
            await page.GetByLabel($"Орусча: {ky}").FillAsync(ru);
            await page.GetByLabel($"Англисче: {ky}").FillAsync(en);
        }

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Бардык тексттер орусчага жана англисчеге которулган." })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Жайгаштыруу", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"«{formId}» формасынын 1-версиясы жайгаштырылды." })).ToBeVisibleAsync();
    }

    /// <summary>The designer, opened on the lifecycle, takes the changed file and deploys it past the lifecycle contract.</summary>
    private async Task DeployInDesignerAsync(IPage page, string lifecycle)
    {
        await page.GotoAsync("/admin/workflows/application-lifecycle");
        await Expect(page.Locator(".djs-element[data-element-id='DocumentReview']")).ToBeVisibleAsync();
        await page.Locator("#designer-upload").SetInputFilesAsync(new FilePayload
        {
            Name = "application-lifecycle.bpmn", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes(lifecycle),
        });
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "«application-lifecycle.bpmn» файлы дизайнерге жүктөлдү." })).ToBeVisibleAsync();
        await Expect(page.Locator(".djs-element[data-element-id='BackgroundCheck']")).ToBeVisibleAsync();

        // The step's names for citizens are the designer's «Extension properties» of the task (decision 0107).
        await page.Locator(".djs-element.djs-shape[data-element-id='BackgroundCheck']").ClickAsync();
        var properties = page.Locator("[data-group-id='group-Zeebe__ExtensionProperties']");
        await properties.Locator(".bio-properties-panel-group-header").ClickAsync();
        await Expect(properties).ToContainTextAsync("kyzmat:name.ru");
        await Expect(properties).ToContainTextAsync("kyzmat:name.en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Жайгаштыруу", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex(@"application-lifecycle процессинин \d+-версиясы жайгаштырылды\.") }))
            .ToBeVisibleAsync();
        await portal.ScreenshotAsync(page, "added-step-designer");
    }

    /// <summary>The manual's path in Kyrgyz (body 9's demo reviewer as the citizen, used by no other test): profile, apply, sign.</summary>
    private async Task<(IPage Page, (string Id, string Number) Application)> AppliesThroughTheManualAsync()
    {
        var pin = DemoAccounts.HrPinOfBody(9);
        var email = await EmailOfAsync(pin);
        var page = await SignedInAsync(portal.NewPageAsync(), SignInLabels.Kyrgyz, pin, DemoAccounts.HrPassword, email);
        var journey = new CitizenJourney(portal, page, CitizenLabels.Kyrgyz, "added-step");
        await journey.FillProfileAsync();
        await journey.ApplyAsync("Бюджеттин аткарылышы", "KZ-2026-0003", email, "Ош шаары боюнча Борбордук казыналыктын башкармалыгы");
        var id = Regex.Match(page.Url, "[0-9a-f-]{36}$").Value;
        var number = await page.Locator(".facts dd").First.InnerTextAsync();
        return (page, (id, number.Trim()));
    }

    /// <summary>Body 7's demo reviewer as a citizen in Russian, filing through the API from the page.</summary>
    private async Task<(IPage Page, FiledApplication Application)> AppliesInRussianAsync()
    {
        var pin = DemoAccounts.HrPinOfBody(7);
        var email = await EmailOfAsync(pin);
        var page = await portal.NewPageAsync(locale: "ru-RU");
        await page.AddInitScriptAsync("localStorage.setItem('kyzmat.language', 'ru')");
        await SignedInAsync(Task.FromResult(page), SignInLabels.Russian, pin, DemoAccounts.HrPassword, email);
        return (page, await FiledApplication.FileAsync(portal, page, email, "minfin"));
    }

    private async Task ReviewerWorksTheStepInKyrgyzAsync(string number, string vacancyId)
    {
        var page = await SignedInAsync(portal.NewPageAsync(), SignInLabels.Kyrgyz, DemoAccounts.HrPin, DemoAccounts.HrPassword, "hr.minfin@demo.kyzmat.test");
        await page.GotoAsync($"/hr?vacancy={vacancyId}");
        var card = page.Locator($"article.hr-card[data-application='{number}']").Filter(new() { HasText = Step });
        await card.GetByRole(AriaRole.Button, new() { Name = "Алуу" }).ClickAsync();
        await Expect(card).ToContainTextAsync("Сиз алдыңыз");
        await card.GetByRole(AriaRole.Link, new() { Name = "Ачуу" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(Step);

        // The application as signed beside the form, both in Kyrgyz.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Кол коюлган учурдагы арыз" })).ToBeVisibleAsync();
        var form = page.GetByRole(AriaRole.Group, new() { Name = "Тапшырманын формасы" });
        // The result first: form-js checks a field on leaving it, and its message moves the fields below.
        await form.GetByLabel("Тоскоолдук жок").CheckAsync();
        await form.GetByLabel("Текшерген кызматкер").FillAsync("А");
        await page.Keyboard.PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Форманы жөнөтүү" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Белгиленген талааларды оңдоңуз.");
        // form-js's own check (minLength 2), said at the field in the reviewer's language.
        await Expect(form.Locator(".fjs-form-field-textfield .fjs-form-field-error")).ToHaveTextAsync("Кеминде 2 белги жазыңыз.");
        await Expect(form.Locator(".fjs-form-field-radio .fjs-form-field-error")).ToHaveCountAsync(0);
        await portal.ScreenshotAsync(page, "added-step-refused-ky");
        await PortalBrowser.AssertAccessibleAsync(page);

        await form.GetByLabel("Текшерген кызматкер").FillAsync("Айбек");
        await page.Keyboard.PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Форманы жөнөтүү" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/hr$"));
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync($"«{Step}» кадамы {number} арызы боюнча аткарылды.");
        await Expect(page.Locator($"article.hr-card[data-application='{number}']").Filter(new() { HasText = "Документтерди кароо" })).ToBeVisibleAsync();
    }

    private async Task ReviewerWorksTheStepInRussianOnAPhoneAsync(string number, string vacancyId)
    {
        var page = await portal.NewPageAsync(360, 780, "ru-RU");
        await page.AddInitScriptAsync("localStorage.setItem('kyzmat.language', 'ru')");
        await SignedInAsync(Task.FromResult(page), SignInLabels.Russian, DemoAccounts.HrPin, DemoAccounts.HrPassword, "hr.minfin@demo.kyzmat.test");
        await page.GotoAsync($"/hr?vacancy={vacancyId}");
        // The step is named by its Russian property here.
        var card = page.Locator($"article.hr-card[data-application='{number}']").Filter(new() { HasText = AddedLifecycleStep.RussianName });
        await card.GetByRole(AriaRole.Link, new() { Name = "Открыть" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(AddedLifecycleStep.RussianName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Взять" }).ClickAsync();
        await Expect(page.Locator(".hr-card")).ToContainTextAsync("Взята вами");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Заявление на момент подписания" })).ToBeVisibleAsync();
        var form = page.GetByRole(AriaRole.Group, new() { Name = "Форма задачи" });
        await form.GetByLabel("Проверивший сотрудник").FillAsync("Асель");
        await page.Keyboard.PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Отправить форму" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Исправьте отмеченные поля.");
        await Expect(form.Locator(".fjs-form-field-radio .fjs-form-field-error")).ToHaveTextAsync("Заполните это поле.");
        await Expect(form.Locator(".fjs-form-field-textfield .fjs-form-field-error")).ToHaveCountAsync(0);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 360, $"the task page is wider than the phone: {scrollWidth}px");
        await portal.ScreenshotAsync(page, "added-step-refused-ru-360");
        await PortalBrowser.AssertAccessibleAsync(page);

        await form.GetByLabel("Препятствий нет").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Отправить форму" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/hr$"));
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync($"Шаг «{AddedLifecycleStep.RussianName}» по заявлению {number} выполнен.");
    }

    private async Task<IPage> SignedInAsync(Task<IPage> opening, SignInLabels labels, string pin, string password, string email)
    {
        var page = await opening;
        await page.GotoAsync("/");
        await portal.SignInAsync(page, labels, pin, password, email, giveEmail: false);
        return page;
    }

    private async Task<string> EmailOfAsync(string pin)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KyzmatDbContext>().SandboxCitizens.Where(s => s.Pin == pin).Select(s => s.Email!).SingleAsync();
    }

    private async Task<string> VacancyOfAsync(string applicationId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var id = Guid.Parse(applicationId);
        return (await scope.ServiceProvider.GetRequiredService<KyzmatDbContext>().Applications.Where(a => a.Id == id).Select(a => a.VacancyId).SingleAsync()).ToString();
    }

    private async Task<string> LatestLifecycleAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitions>();
        var latest = await definitions.GetLatestAsync("application-lifecycle") ?? throw new InvalidOperationException("The lifecycle is not deployed.");
        return latest.Xml ?? (await definitions.GetAsync(latest.Id)).Xml!;
    }

    private async Task RedeployAsync(string lifecycle)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>().DeployAsync(lifecycle, "application-lifecycle.bpmn");
    }

    private async Task<List<string?>> OpenFormKeysAsync(string applicationId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var open = await scope.ServiceProvider.GetRequiredService<IUserTaskService>().QueryAsync(new UserTaskQuery { BusinessKey = applicationId });
        return open.Items.Select(t => t.FormKey).ToList();
    }
}
