using System.Text.RegularExpressions;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Testing.Traits;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>Signing in from the portal through our OpenID Connect server (code + PKCE), and out again.</summary>
[Collection(BrowserCollection.Name)]
[BrowserTest]
public sealed class PortalSignInTests(PortalBrowser portal)
{
    [Fact]
    public async Task AnAdministrator_SignsInFromTheHeader_ReachesTheAdminWorkspace_AndSignsOut()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        await portal.SignInAsync(page, SignInLabels.Kyrgyz, DemoAccounts.AdminPin, DemoAccounts.AdminPassword, "admin@demo.kyzmat.test", giveEmail: false);

        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Негизги меню" });
        await Expect(navigation).ToContainTextAsync("Абдыкеримов");
        await navigation.GetByRole(AriaRole.Link, new() { Name = "Администратор" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin$"));

        await navigation.GetByRole(AriaRole.Button, new() { Name = "Чыгуу" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(portal.BaseUrl + "/"); // back from the server's end-session, not just forgotten here
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Жеке кабинетке кирүү" })).ToBeVisibleAsync();
        await page.GotoAsync("/cabinet");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Бул бөлүмдү көрүү үчүн жеке кабинетке кириңиз." })).ToBeVisibleAsync();

        // The server's session ended too: signing in again asks for the PIN, not just a redirect back.
        await page.GetByRole(AriaRole.Button, new() { Name = "Жеке кабинетке кирүү" }).ClickAsync();
        await Expect(page.GetByLabel("ПИН", new() { Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ACitizenWithoutTheRole_IsToldTheAdminWorkspaceIsClosed()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Жеке кабинетке кирүү" }).ClickAsync();
        await portal.SignInAfterRedirectAsync(page, SignInLabels.Kyrgyz, DemoAccounts.CitizenPin, DemoAccounts.CitizenPassword, "nurlan@demo.kyzmat.test", giveEmail: false, backTo: "/admin");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Бул бөлүм сиз үчүн жабык." })).ToBeVisibleAsync();
    }
}
