using System.Globalization;
using System.Text.RegularExpressions;
using Kyzmat.Testing.Traits;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>The search page's relevance, typo tolerance, suggestions and facets in a real browser on the demo vacancies.</summary>
[Collection(BrowserCollection.Name)]
[BrowserTest]
public sealed partial class SearchFacetTests(PortalBrowser portal)
{
    [Fact]
    public async Task AMisspeltWord_FindsTheRightVacancyFirst_WithTheWordsMarked()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator(".results__count")).ToHaveTextAsync(Count());

        var box = page.GetByLabel("Сөз боюнча издөө");
        await box.FillAsync("салык инспектру");
        await Expect(page.Locator("#search-suggestions option").First).ToHaveAttributeAsync("value", new Regex("салык инспектору", RegexOptions.IgnoreCase));
        await box.PressAsync("Enter");

        await Expect(page.Locator(".vacancy-card__title").First).ToContainTextAsync(new Regex("салык инспектору", RegexOptions.IgnoreCase));
        await Expect(page.Locator(".vacancy-card").First.Locator("mark").First).ToBeVisibleAsync();
        await portal.ScreenshotAsync(page, "search-typo-ky");
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public async Task PickingTwoFacets_NarrowsTheResults_AndChangesTheOtherCounts()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        var count = page.Locator(".results__count");
        await Expect(count).ToHaveTextAsync(Count());
        var groups = page.GetByRole(AriaRole.Group, new() { Name = "Кызмат орундарынын тобу" });
        var groupsBefore = await groups.TextContentAsync();

        var body = page.GetByRole(AriaRole.Group, new() { Name = "Мамлекеттик орган" }).GetByRole(AriaRole.Checkbox).First;
        var ofBody = Parenthesised(await LabelOfAsync(body));
        await body.CheckAsync();
        await Expect(count).ToHaveTextAsync($"{ofBody} вакансия табылды");
        await Expect(groups).Not.ToHaveTextAsync(groupsBefore!);

        var region = page.GetByRole(AriaRole.Group, new() { Name = "Аймак" }).GetByRole(AriaRole.Checkbox).First;
        var ofBoth = Parenthesised(await LabelOfAsync(region));
        await region.CheckAsync();
        await Expect(count).ToHaveTextAsync($"{ofBoth} вакансия табылды");
        await Expect(page.Locator(".vacancy-card")).ToHaveCountAsync(Math.Min(ofBoth, 20));
        await Expect(page).ToHaveURLAsync(new Regex(@"\?body=[^&]+&region=[^&]+$"));
        await portal.ScreenshotAsync(page, "search-facets-ky");

        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    private static Task<string> LabelOfAsync(ILocator checkbox) =>
        checkbox.EvaluateAsync<string>("box => box.closest('label').textContent");

    private static int Parenthesised(string label) =>
        int.Parse(Regex.Replace(Regex.Match(label, @"\(([^)]*)\)\s*$").Groups[1].Value, @"\D", ""), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[\d\s\u00a0]+ вакансия табылды$")]
    private static partial Regex Count();
}
