using System.Text.RegularExpressions;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Testing.Traits;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>The identity server's sign-in pages look like the portal they are reached from, and pass axe.</summary>
[Collection(BrowserCollection.Name)]
[BrowserTest]
public sealed partial class SignInPagesTests(PortalBrowser portal)
{
    // What a citizen sees of the frame: the header's colours, the wordmark, the type, the language switch.
    private const string Frame = """
        () => {
          const style = selector => getComputedStyle(document.querySelector(selector));
          const header = style('.site-header');
          return [header.backgroundColor, header.color, style('body').fontFamily, style('body').fontSize,
            document.querySelector('.brand').textContent, style('.brand__name').fontWeight, style('.brand__mark').backgroundColor,
            document.querySelector('label[for=language]').textContent, style('#language').height,
            style('.site-footer').backgroundColor].join(' | ');
        }
        """;

    [Fact]
    public async Task FromThePortal_TheSignInPagesWearItsFrame_AndTheirLanguageSwitchKeepsTheWayBack()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator(".brand__name")).ToBeVisibleAsync();
        var portalFrame = await page.EvaluateAsync<string>(Frame);

        await page.GetByRole(AriaRole.Link, new() { Name = SignInLabels.Kyrgyz.SignIn }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(SignInPage());
        Assert.Equal(portalFrame, await page.EvaluateAsync<string>(Frame)); // the stylesheet got past the pages' Content-Security-Policy
        await portal.ScreenshotAsync(page, "signin-frame-ky");

        // Without scripts the switch is a form: «Русский», «Тандоо» — the same page in Russian, still leading back.
        await page.GetByLabel("Тил", new() { Exact = true }).SelectOptionAsync("ru");
        await page.GetByRole(AriaRole.Button, new() { Name = "Тандоо" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Вход в личный кабинет", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Язык", new() { Exact = true })).ToHaveValueAsync("ru");
        await portal.SignInAfterRedirectAsync(page, SignInLabels.Russian, DemoAccounts.CitizenPin, DemoAccounts.CitizenPassword,
            "nurlan@demo.kyzmat.test", giveEmail: false, backTo: "/cabinet");
    }

    [Theory]
    [InlineData("ky", 1280, 3)]
    [InlineData("ru", 360, 4)]
    public async Task EachStep_HasNoSeriousOrCriticalViolations(string language, int width, int body)
    {
        // axe is injected as a script tag, which the pages' Content-Security-Policy refuses: this context ignores it.
        var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
            BypassCSP = true,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var labels = language == "ru" ? SignInLabels.Russian : SignInLabels.Kyrgyz;
        var pin = DemoAccounts.HrPinOfBody(body); // a reviewer no other test signs in: the code goes to nobody's inbox

        await page.GotoAsync("/account/signin?lang=" + language);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await PortalBrowser.AssertAccessibleAsync(page);

        await page.GetByLabel(labels.Pin, new() { Exact = true }).FillAsync(pin);
        await page.GetByLabel(labels.Password).FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = labels.Next }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await PortalBrowser.AssertAccessibleAsync(page);

        await page.GetByLabel(labels.Password).FillAsync(DemoAccounts.HrPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = labels.Next }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = labels.CloudSignature })).ToBeVisibleAsync();
        await PortalBrowser.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = labels.CloudSignature }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = labels.GetCode })).ToBeVisibleAsync();
        await PortalBrowser.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = labels.GetCode }).ClickAsync();
        await Expect(page.GetByLabel(labels.Code)).ToBeVisibleAsync();
        await PortalBrowser.AssertAccessibleAsync(page);

        await page.GetByLabel(labels.Code).FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = labels.Confirm }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await PortalBrowser.AssertAccessibleAsync(page);
        await portal.ScreenshotAsync(page, $"signin-code-error-{language}-{width}");
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"the page is wider than the window: {scrollWidth}px");
        await context.CloseAsync();
    }

    [GeneratedRegex("/account/signin\\?")]
    private static partial Regex SignInPage();
}
