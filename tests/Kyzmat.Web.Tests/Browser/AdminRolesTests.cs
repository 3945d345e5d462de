using Kyzmat.Recruitment.Citizens;
using Kyzmat.Testing.Traits;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>An administrator grants and revokes roles in the browser, and is told plainly when a PIN is unknown.</summary>
[Collection(BrowserCollection.Name)]
[BrowserTest]
public sealed class AdminRolesTests(PortalBrowser portal)
{
    [Fact]
    public async Task AnAdministrator_MakesAPersonAReviewerOfABody_ThenRevokesIt()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        await portal.SignInAsync(page, SignInLabels.Kyrgyz, DemoAccounts.AdminPin, DemoAccounts.AdminPassword, "admin@demo.kyzmat.test", giveEmail: false);
        await page.GotoAsync("/admin/roles");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ролдор жана органдар", Level = 1 })).ToBeVisibleAsync();

        // An unknown PIN: the server's own words.
        await page.GetByLabel("ПИН", new() { Exact = false }).First.FillAsync("12345678901234");
        await page.GetByLabel("Мамлекеттик орган").First.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Берүү" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Бул ПИН менен порталга кирген адам жок");

        var pin = DemoAccounts.HrPinOfBody(5);
        await page.GetByLabel("ПИН", new() { Exact = false }).First.FillAsync(pin);
        await page.GetByRole(AriaRole.Button, new() { Name = "Берүү" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Роль берилди." })).ToBeVisibleAsync();
        var rows = page.Locator("tbody tr").Filter(new() { HasText = pin });
        await Expect(rows).ToHaveCountAsync(2); // their own body's grant and the new one
        await portal.ScreenshotAsync(page, "admin-roles");
        await PortalBrowser.AssertAccessibleAsync(page);

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        var bodyName = await page.GetByLabel("Мамлекеттик орган").First.EvaluateAsync<string>("select => select.options[select.selectedIndex].text");
        await rows.Filter(new() { HasText = bodyName }).GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Роль алынды." })).ToBeVisibleAsync();
        await Expect(rows).ToHaveCountAsync(1);
    }
}
