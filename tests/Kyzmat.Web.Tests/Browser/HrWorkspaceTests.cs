using System.Text.RegularExpressions;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>The HR reviewers' workspace in a real browser: a competition decided from the task list, and a vacancy written and published.</summary>
[Collection(BrowserCollection.Name)]
[BrowserTest]
public sealed partial class HrWorkspaceTests(PortalBrowser portal)
{
    // The applicant is the demo HR reviewer of the last seeded body (sts): a citizen too, used by no other test.
    private static readonly string ApplicantPin = DemoAccounts.HrPinOfBody(12);
    private const string ApplicantEmail = "hr.sts@demo.kyzmat.test";
    private const string ReviewerEmail = "hr.minfin@demo.kyzmat.test";

    [Fact]
    public async Task AReviewer_ClaimsAFiledApplication_AdmitsIt_ScoresIt_AndSendsItToTheReserve()
    {
        var citizen = await portal.NewPageAsync();
        await citizen.GotoAsync("/");
        await portal.SignInAsync(citizen, SignInLabels.Kyrgyz, ApplicantPin, DemoAccounts.HrPassword, ApplicantEmail, giveEmail: false);
        var filed = await FiledApplication.FileAsync(portal, citizen, ApplicantEmail, "minfin");

        var page = await SignedInReviewerAsync("/hr");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Тапшырмалар", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Вакансия", new() { Exact = true }).SelectOptionAsync(filed.VacancyId);
        await Expect(page).ToHaveURLAsync(new Regex("vacancy=" + filed.VacancyId));
        var card = TaskCard(page, filed.Number);
        await Expect(card).ToContainTextAsync("Документтерди кароо");
        await Expect(card).ToContainTextAsync("Эч ким алган жок");
        await portal.ScreenshotAsync(page, "hr-tasks-ky");
        await AssertNoSeriousViolationsAsync(page);
        await AssertFitsAsync(page, 360);
        await page.SetViewportSizeAsync(1280, 900);

        await card.GetByRole(AriaRole.Button, new() { Name = "Алуу" }).ClickAsync();
        await Expect(card).ToContainTextAsync("Сиз алдыңыз");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Кайтаруу" })).ToBeVisibleAsync();
        await page.GetByLabel("Меники").CheckAsync();
        await Expect(page).ToHaveURLAsync(new Regex("who=mine"));
        await Expect(card).ToBeVisibleAsync();

        // The task: the application as signed, its PDF and its history.
        await card.GetByRole(AriaRole.Link, new() { Name = "Ачуу" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Документтерди кароо:");
        var snapshot = page.GetByRole(AriaRole.Region, new() { Name = "Кол коюлган учурдагы арыз" });
        await Expect(snapshot).ToContainTextAsync("Тапшырылды");
        await Expect(snapshot).ToContainTextAsync("Кыргыз-Түрк «Манас» университети");
        await Expect(snapshot).ToContainTextAsync("Салык кызматы");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Арыздын тарыхы" })).ToContainTextAsync("Тапшырылды");
        var proofs = page.GetByRole(AriaRole.Region, new() { Name = "Жүктөлгөн документтер" });
        await Expect(proofs.GetByRole(AriaRole.Button)).ToHaveCountAsync(2); // the diploma and the work record
        await page.GetByRole(AriaRole.Button, new() { Name = "Документти ачуу", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Жүктөп алуу" })).ToHaveAttributeAsync("href", new Regex("^blob:"));
        await portal.ScreenshotAsync(page, "hr-task-ky");
        await AssertNoSeriousViolationsAsync(page);
        await AssertFitsAsync(page, 360);
        await page.SetViewportSizeAsync(1280, 900);

        // A refusal needs a reason: the form says so before anything is sent.
        await page.GetByLabel("Баш тартуу", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Чечимди сактоо" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Баш тартуунун себебин жазыңыз.");
        await Expect(page.GetByLabel("Баш тартуунун себеби")).ToHaveAttributeAsync("aria-invalid", "true");

        await page.GetByLabel("Тестирлөөгө жиберүү").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Чечимди сактоо" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/hr$"));
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync($"{filed.Number} арызы боюнча чечим сакталды.");

        // Testing: a score out of range is refused here, 45 passes.
        await OpenTaskAsync(page, filed, "kyzmat:test-result");
        await page.GetByLabel("Тесттин упайы (0–60)").FillAsync("61");
        await page.GetByRole(AriaRole.Button, new() { Name = "Чечимди сактоо" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Упай 0дөн 60ка чейинки бүтүн сан болушу керек.");
        await page.GetByLabel("Тесттин упайы (0–60)").FillAsync("45");
        await page.GetByRole(AriaRole.Button, new() { Name = "Чечимди сактоо" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/hr$"));

        // The interview: to the personnel reserve.
        await OpenTaskAsync(page, filed, "kyzmat:interview-decision");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Кол коюлган учурдагы арыз" })).ToContainTextAsync("45 / 60");
        await page.GetByLabel("Кадрлар резервине").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Чечимди сактоо" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/hr$"));

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Кадр кызматынын бөлүмдөрү" }).GetByRole(AriaRole.Link, new() { Name = "Кадрлар резерви" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Кадрлар резерви", Level = 1 })).ToBeVisibleAsync();
        var entry = page.Locator(".hr-card", new() { HasText = filed.Number });
        await Expect(entry).ToContainTextAsync(filed.VacancyCode);
        await Expect(entry).ToContainTextAsync("Активдүү");
        await portal.ScreenshotAsync(page, "hr-reserve-ky");
        await AssertFitsAsync(page, 360);

        // The citizen sees the outcome: the status in «Менин жоопторум», the entry in «Кадрлар резерви», and unread notices.
        await citizen.GotoAsync("/cabinet/applications");
        await Expect(citizen.Locator(".application-card", new() { HasText = filed.Number })).ToContainTextAsync("Кадрлар резервине киргизилди");
        await Expect(citizen.GetByRole(AriaRole.Link, new() { Name = "Билдирмелер" })).ToContainTextAsync(new Regex("окулбаган"));
        await citizen.GotoAsync("/cabinet/reserve");
        var reserveEntry = citizen.Locator(".reserve-entry");
        await Expect(reserveEntry).ToContainTextAsync("Резервде");
        await Expect(reserveEntry).ToContainTextAsync("Финансы министрлиги");
        await portal.ScreenshotAsync(citizen, "ky-cabinet-reserve");
    }

    [Fact]
    public async Task AReviewer_WritesAVacancyAsADraft_AndPublishesIt_ForEveryoneToSee()
    {
        var page = await SignedInReviewerAsync("/hr/vacancies");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Органдын вакансиялары", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Жаңы вакансия" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Жаңы вакансия", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Арыз кабыл алуучу кеңселер" })).ToContainTextAsync("Борбордук аппарат");
        await AssertNoSeriousViolationsAsync(page);

        // Nothing filled in: every problem is named before anything is sent.
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Долбоор катары сактоо" });
        await save.ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("«Кызмат ордунун аталышы (Кыргызча)» толтурулушу керек.");
        await Expect(summary).ToContainTextAsync("Жок дегенде бир кеңсени тандаңыз.");
        await portal.ScreenshotAsync(page, "hr-vacancy-form-ky");
        await AssertFitsAsync(page, 360);
        await page.SetViewportSizeAsync(1280, 900);

        const string title = "Мамлекеттик карыз бөлүмүнүн улук адиси (браузер тести)";
        await FillTextAsync(page, "Кызмат ордунун аталышы", title, "Старший специалист отдела государственного долга (браузерный тест)", "Senior specialist, public debt (browser test)");
        await FillTextAsync(page, "Милдеттери", "Мамлекеттик карызды эсепке алат.", "Ведёт учёт государственного долга.", "");
        await FillTextAsync(page, "Квалификациялык талаптар", "Жогорку экономикалык билим.", "Высшее экономическое образование.", "");
        await page.GetByLabel("Айлык акы, баштап (сом)").FillAsync("30 000");
        await page.GetByLabel("Айлык акы, чейин (сом)").FillAsync("42 000");
        await page.GetByLabel("Арыз кабыл алуунун акыркы мөөнөтү (Бишкек убактысы)").FillAsync("2030-12-31T18:00");
        await page.GetByRole(AriaRole.Group, new() { Name = "Арыз кабыл алуучу кеңселер" }).GetByLabel("Борбордук аппарат").CheckAsync();
        await page.GetByLabel("Билими").SelectOptionAsync("HIGHER");
        await page.GetByLabel("Иш стажы, кеминде (жыл, 0–40)").FillAsync("2");
        await page.GetByLabel("Мамлекеттик тилди билүү деңгээли").SelectOptionAsync("B2");
        await save.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/hr/vacancies/[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("долбоор катары сакталды");
        var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync();
        var code = Regex.Match(heading!, @"KZ-\d{4}-\d+").Value;
        Assert.False(string.IsNullOrEmpty(code), heading);
        await Expect(page.Locator(".facts")).ToContainTextAsync("Долбоор");

        // A draft is not public.
        var visitor = await portal.NewPageAsync();
        await visitor.GotoAsync($"/vacancies/{code}");
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Мындай вакансия табылган жок.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Жарыялоо" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Жарыялоо." })).ToContainTextAsync("Улантасызбы?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ырастоо" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Вакансия жарыяланды.");
        await Expect(page.Locator(".facts")).ToContainTextAsync("Жарыяланды");

        await page.GetByRole(AriaRole.Link, new() { Name = "Жарыянын ачык барагы" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/vacancies/{code}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await visitor.ReloadAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Expect(visitor.GetByRole(AriaRole.Button, new() { Name = "Арыз тапшыруу" })).ToBeVisibleAsync();
    }

    // A second e-mailed sign-in code within a minute is not sent (Kyzmat:Verification:ResendInterval): the reviewer
    // signs in once, and both tests use that tab (its sessionStorage keeps the tokens across navigations).
    private static readonly SemaphoreSlim ReviewerGate = new(1, 1);
    private static (PortalBrowser Portal, IPage Page)? reviewer;

    private async Task<IPage> SignedInReviewerAsync(string path)
    {
        await ReviewerGate.WaitAsync();
        try
        {
            if (reviewer is { } signedIn && signedIn.Portal == portal)
            {
                await signedIn.Page.GotoAsync(path);
                return signedIn.Page;
            }

            var page = await portal.NewPageAsync();
            await page.GotoAsync(path);
            await page.GetByRole(AriaRole.Button, new() { Name = "Жеке кабинетке кирүү" }).ClickAsync();
            await portal.SignInAfterRedirectAsync(page, SignInLabels.Kyrgyz, DemoAccounts.HrPin, DemoAccounts.HrPassword, ReviewerEmail, giveEmail: false, backTo: path);
            reviewer = (portal, page);
            return page;
        }
        finally
        {
            ReviewerGate.Release();
        }
    }

    private static ILocator TaskCard(IPage page, string applicationNumber) =>
        page.Locator($"article.hr-card[data-application='{applicationNumber}']");

    /// <summary>The list filtered to the vacancy and stage, once the process has created the task (a moment after the decision).</summary>
    private async Task OpenTaskAsync(IPage page, FiledApplication filed, string stage)
    {
        await Eventually.WaitUntilAsync(async () =>
        {
            await using var scope = portal.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<KyzmatDbContext>().Set<WorkflowUserTaskRecord>()
                .AnyAsync(t => t.BusinessKey == filed.Id && t.FormKey == stage && t.State == "Created");
        }, $"the process has created the {stage} task");
        await page.GotoAsync($"/hr?vacancy={filed.VacancyId}&stage={Uri.EscapeDataString(stage)}");
        var card = TaskCard(page, filed.Number);

        await card.GetByRole(AriaRole.Link, new() { Name = "Ачуу" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/hr/tasks/[0-9a-f-]{36}$"));
    }

    private static async Task FillTextAsync(IPage page, string legend, string ky, string ru, string en)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
        await group.GetByLabel("Кыргызча").FillAsync(ky);
        await group.GetByLabel("Орусча").FillAsync(ru);
        if (en.Length > 0)
        {
            await group.GetByLabel("Англисче (милдеттүү эмес)").FillAsync(en);
        }
    }

    /// <summary>At a phone's width nothing makes the page scroll sideways.</summary>
    private static async Task AssertFitsAsync(IPage page, int width)
    {
        await page.SetViewportSizeAsync(width, 800);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} is {scrollWidth}px wide at {width}px");
    }

    private static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }
}
