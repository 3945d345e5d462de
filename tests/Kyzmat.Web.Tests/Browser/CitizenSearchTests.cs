using System.Globalization;
using System.Text.RegularExpressions;
using Kyzmat.Testing.Traits;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>The citizen's path to a vacancy, in a real browser against the real host with seeded data.</summary>
[Collection(BrowserCollection.Name)]
[BrowserTest]
public sealed partial class CitizenSearchTests(PortalBrowser portal)
{
    [Fact]
    public async Task InKyrgyz_TheHomePageListsVacancies_ASearchNarrowsThem_AndAVacancyShowsItsOffices()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ky");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Вакансиялар", Level = 1 })).ToBeVisibleAsync();
        var signIn = page.GetByRole(AriaRole.Link, new() { Name = "Жеке кабинетке кирүү" });
        await Expect(signIn).ToBeVisibleAsync();
        var box = (await signIn.BoundingBoxAsync())!;
        Assert.True(box.Y < 60 && box.X + box.Width > 1280 - 200, $"«Жеке кабинетке кирүү» is not top right: {box.X},{box.Y}");
        var count = page.Locator(".results__count");
        await Expect(count).ToHaveTextAsync(KyrgyzCount());
        var total = Number(await count.TextContentAsync());
        Assert.True(total > 20, $"seeded vacancies: {total}");
        await Expect(page.Locator(".vacancy-card")).ToHaveCountAsync(20); // the first page
        await portal.ScreenshotAsync(page, "home-ky");

        // «Дагы көрсөтүү» loads the next page after the last one shown.
        await page.GetByRole(AriaRole.Button, new() { Name = "Дагы көрсөтүү" }).ClickAsync();
        await Expect(page.Locator(".vacancy-card")).ToHaveCountAsync(Math.Min(total, 40));

        await page.GetByLabel("Сөз боюнча издөө").FillAsync("бажы");
        await page.GetByRole(AriaRole.Button, new() { Name = "Издөө", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("q=%D0%B1%D0%B0%D0%B6%D1%8B"));
        await Expect(count).ToHaveTextAsync("4 вакансия табылды");
        await Expect(page.Locator(".vacancy-card")).ToHaveCountAsync(4);
        var titles = await page.Locator(".vacancy-card__title").AllTextContentsAsync();
        Assert.All(titles, title => Assert.Contains("бажы", title, StringComparison.OrdinalIgnoreCase));
        await portal.ScreenshotAsync(page, "search-ky");

        await page.GetByRole(AriaRole.Link, new() { Name = "«Түндүк» бажысынын бажы инспектору" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/vacancies/KZ-2026-0028$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "«Түндүк» бажысынын бажы инспектору", Level = 1 })).ToBeVisibleAsync();
        var offices = page.GetByRole(AriaRole.Region, new() { Name = "Кеңселер" });
        await Expect(offices.Locator(".office")).Not.ToHaveCountAsync(0);
        await Expect(offices).ToContainTextAsync("Аймак");
        await Expect(offices).ToContainTextAsync("Чүй облусу");
        await Expect(offices).ToContainTextAsync("Дареги");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Талаптар" })).ToBeVisibleAsync();
        await Expect(page).ToHaveTitleAsync("«Түндүк» бажысынын бажы инспектору — Кыргыз Республикасынын Вакансиялар порталы");
        await portal.ScreenshotAsync(page, "vacancy-ky");

        // «Арыз тапшыруу» without signing in leads to the identity server's sign-in page, in Kyrgyz.
        await page.GetByRole(AriaRole.Button, new() { Name = "Арыз тапшыруу" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/signin\\?"));
        await Expect(page.GetByLabel("ПИН", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ky");
        await portal.ScreenshotAsync(page, "signin-ky");

        // Back in history: the search is still in the address and on the page.
        await page.GoBackAsync();
        await page.GoBackAsync();
        await Expect(count).ToHaveTextAsync("4 вакансия табылды");
        await Expect(page.GetByLabel("Сөз боюнча издөө")).ToHaveValueAsync("бажы");
    }

    [Fact]
    public async Task InRussian_OnAPhone_TheSamePathWorks_AndTheLanguageIsRemembered()
    {
        var page = await portal.NewPageAsync(width: 360, height: 740);
        await page.GotoAsync("/");
        await Expect(page.Locator(".results__count")).ToHaveTextAsync(KyrgyzCount());

        await page.GetByLabel("Тил").SelectOptionAsync("ru");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Вакансии", Level = 1 })).ToBeVisibleAsync();

        await page.ReloadAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Вход в личный кабинет" })).ToBeVisibleAsync();
        await Expect(page.Locator(".results__count")).ToHaveTextAsync(new Regex(@"^Найден[оа] [\d\s\u00a0]+ ваканси"));
        await AssertFitsTheScreenAsync(page);
        await portal.ScreenshotAsync(page, "home-ru-phone");

        await page.GetByLabel("Поиск по словам").FillAsync("тамож");
        await page.GetByLabel("Поиск по словам").PressAsync("Enter");
        await Expect(page.Locator(".results__count")).ToHaveTextAsync("Найдено 4 вакансии");
        await Expect(page.Locator(".vacancy-card")).ToHaveCountAsync(4);

        await page.GetByRole(AriaRole.Link, new() { Name = "Таможенный инспектор таможни «Север»" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Таможенный инспектор таможни «Север»", Level = 1 })).ToBeVisibleAsync();
        var offices = page.GetByRole(AriaRole.Region, new() { Name = "Офисы" });
        await Expect(offices).ToContainTextAsync("Чуйская область");
        await Expect(offices).ToContainTextAsync("Адрес");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Подать заявление" })).ToBeVisibleAsync();
        // Dates in Russian: "до 26 декабря 2026 г., 18:00".
        await Expect(page.Locator(".facts--large")).ToContainTextAsync(new Regex(@"до \d{1,2} [а-я]+ \d{4} г\."));
        await AssertFitsTheScreenAsync(page);
        await portal.ScreenshotAsync(page, "vacancy-ru-phone");
    }

    [Fact]
    public async Task Filters_AreKeptInTheAddress_AndRestoredFromIt()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/?group=JUNIOR&sort=SALARY&salary=25000");

        var juniors = page.GetByRole(AriaRole.Group, new() { Name = "Кызмат орундарынын тобу" }).GetByRole(AriaRole.Checkbox, new() { Name = "Кенже" });
        await Expect(juniors).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Иреттөө")).ToHaveValueAsync("SALARY");
        await Expect(page.GetByLabel("Айлык акы, сомдон кем эмес")).ToHaveValueAsync("25000");
        await Expect(page.Locator(".results__count")).ToHaveTextAsync(KyrgyzCount());
        var groups = await page.Locator(".vacancy-card").AllTextContentsAsync();
        Assert.NotEmpty(groups);
        Assert.All(groups, card => Assert.Contains("Кенже", card, StringComparison.Ordinal));

        await page.GetByLabel("Иреттөө").SelectOptionAsync("DEADLINE");
        await Expect(page).ToHaveURLAsync(new Regex(@"\?group=JUNIOR&salary=25000&sort=DEADLINE$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Тазалоо" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?sort=DEADLINE$"));
        await Expect(juniors).Not.ToBeCheckedAsync();
    }

    [Fact]
    public async Task AnUnknownVacancyOrAddress_SaysSo_InThePortal()
    {
        var page = await portal.NewPageAsync();

        await page.GotoAsync("/vacancies/KZ-1999-9999");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Мындай вакансия табылган жок.", Level = 1 })).ToBeVisibleAsync();

        await page.GotoAsync("/no/such/page");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Барак табылган жок.", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Вакансиялардын тизмесине кайтуу" }).ClickAsync();
        await Expect(page.Locator(".results__count")).ToHaveTextAsync(KyrgyzCount());
    }

    private static async Task AssertFitsTheScreenAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the screen");
    }

    private static Regex KyrgyzCount() => KyrgyzCountPattern();

    private static int Number(string? text) =>
        int.Parse(Regex.Replace(text ?? "", @"\D", ""), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[\d\s\u00a0]+ вакансия табылды$")]
    private static partial Regex KyrgyzCountPattern();
}
