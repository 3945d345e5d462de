using Kyzmat.Testing.Traits;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>axe-core finds no serious or critical violation on the portal's main pages.</summary>
[Collection(BrowserCollection.Name)]
[BrowserTest]
public sealed class AccessibilityTests(PortalBrowser portal)
{
    [Theory]
    [InlineData("/", "ky", 1280)]
    [InlineData("/vacancies/KZ-2026-0001", "ky", 1280)]
    [InlineData("/signin", "ky", 1280)]
    [InlineData("/", "ru", 360)]
    [InlineData("/vacancies/KZ-2026-0001", "en", 360)]
    public async Task MainPages_HaveNoSeriousOrCriticalViolations(string path, string language, int width)
    {
        var page = await portal.NewPageAsync(width, 800);
        await page.AddInitScriptAsync($"localStorage.setItem('kyzmat.language', '{language}')");
        await page.GotoAsync(path);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Expect(page.Locator("[role=status]:has-text('…')")).ToHaveCountAsync(0); // loaded

        var violations = await Axe.SeriousViolationsAsync(page);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public async Task TheCheck_ReportsViolations_WhenThereAreSome()
    {
        var page = await portal.NewPageAsync();
        await page.SetContentAsync("<html><body><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='><button></button></body></html>");

        var violations = await Axe.SeriousViolationsAsync(page);

        Assert.Contains(violations, v => v.Contains("image-alt", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("button-name", StringComparison.Ordinal));
    }
}
