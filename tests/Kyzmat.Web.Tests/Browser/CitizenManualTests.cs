using System.Text.RegularExpressions;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Testing.Pdf;
using Kyzmat.Testing.Traits;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>
/// The citizens' manual end to end in a real browser: sign in with PIN, «Түндүк» password and the e-mailed code,
/// fill the profile to 100 % with uploaded documents, find a vacancy, apply, choose the office, read and sign the
/// application with the e-mailed code, find it in «Менин жоопторум», and check the signed PDF as anyone can on /verify.
/// </summary>
[Collection(BrowserCollection.Name)]
[BrowserTest]
public sealed partial class CitizenManualTests(PortalBrowser portal)
{
    [Fact]
    public async Task InKyrgyz_ANewCitizen_FollowsTheManualFromSignInToMyResponses()
    {
        var labels = CitizenLabels.Kyrgyz;
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        await portal.SignInAsync(page, labels.SignIn, DemoAccounts.NewCitizenPin, DemoAccounts.CitizenPassword, "aigul.browser@example.kg", giveEmail: true);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = labels.Basic, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".completion__percent")).ToHaveTextAsync(new Regex(@"^10\s%$")); // only «Түндүк»'s basic information
        await Expect(page.Locator(".missing")).ToContainTextAsync("Жынысы");
        await portal.ScreenshotAsync(page, "ky-cabinet-empty");
        await PortalBrowser.AssertAccessibleAsync(page);

        var journey = new CitizenJourney(portal, page, labels, "ky");
        await journey.FillProfileAsync();
        var signedPdf = await journey.ApplyAsync("салык инспектору", "KZ-2026-0024", "aigul.browser@example.kg", "Ош шаары боюнча Мамлекеттик салык кызматынын башкармалыгы");

        await Expect(page.Locator(".timeline")).ToContainTextAsync("Тапшырылды");
        await page.GetByRole(AriaRole.Link, new() { Name = "← " + labels.MyResponses }).ClickAsync();
        var card = page.Locator(".application-card").Filter(new() { HasText = "Салык эсеби бөлүмүнүн салык инспектору" });
        await Expect(card).ToContainTextAsync("Тапшырылды");
        await Expect(card).ToContainTextAsync("Кадр кызматы документтерди карап жатат.");
        await portal.ScreenshotAsync(page, "ky-my-responses");
        await PortalBrowser.AssertAccessibleAsync(page);

        // The vacancy saved on the way is among «Тандалган вакансиялар».
        await new CitizenJourney(portal, page, labels, "ky").OpenSectionAsync("Тандалган вакансиялар");
        await Expect(page.Locator(".record")).ToContainTextAsync("Салык эсеби бөлүмүнүн салык инспектору");

        // The sign-in history shows this session's password and code steps.
        await new CitizenJourney(portal, page, labels, "ky").OpenSectionAsync("Кирүү тарыхы");
        await Expect(page.Locator("tbody tr").Filter(new() { HasText = "E-mail коду" }).First).ToContainTextAsync("Ийгиликтүү");

        // A search kept for alerts about new vacancies, listed with the alert choices and removable there.
        await page.GotoAsync("/?q=%D1%84%D0%B8%D0%BD%D0%B0%D0%BD%D1%81%D1%8B"); // финансы
        await page.GetByRole(AriaRole.Button, new() { Name = "Издөөнү сактоо" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Издөө сакталды." })).ToBeVisibleAsync();
        await page.GotoAsync("/cabinet/telegram");
        var saved = page.GetByRole(AriaRole.Region, new() { Name = "Сакталган издөөлөр" });
        await Expect(saved).ToContainTextAsync("«финансы» — күнүнө бир жолу");
        await saved.GetByRole(AriaRole.Button, new() { Name = "Өчүрүү" }).ClickAsync();
        await Expect(saved).ToContainTextAsync("Сакталган издөө жок.");

        await AnyoneChecksTheSignedPdfAsync(signedPdf, "KZ-2026-0024");
    }

    /// <summary>
    /// The manual's last step, the application sealed with an electronic signature: the link printed in the signed PDF
    /// opens the application's public facts, the PDF dropped on /verify is valid, and a copy with one byte changed is not.
    /// </summary>
    private async Task AnyoneChecksTheSignedPdfAsync(byte[] signedPdf, string vacancyCode)
    {
        var printed = PrintedVerifyLink().Match(await PdfTextReader.ReadAsync(signedPdf));
        Assert.True(printed.Success, "the signed PDF prints its verification link");
        var number = printed.Groups["number"].Value;
        var reader = await portal.NewPageAsync();
        await reader.GotoAsync(printed.Groups["path"].Value);
        var facts = reader.Locator("[data-verdict]");
        await Expect(facts).ToHaveAttributeAsync("data-verdict", "VALID");
        await Expect(facts).ToContainTextAsync(number);
        await Expect(facts).ToContainTextAsync(vacancyCode);
        await Expect(facts).ToContainTextAsync("Кол коюлган документтин SHA-256 хэши");
        await portal.ScreenshotAsync(reader, "ky-verify-by-link");

        await reader.GotoAsync("/verify");
        await DropAsync(reader, signedPdf, number + ".pdf");
        await Expect(reader.Locator("[data-verdict]")).ToHaveAttributeAsync("data-verdict", "VALID");
        await Expect(reader.Locator("[data-verdict]")).ToContainTextAsync("PDF файлдагы электрондук кол тамга (PAdES) криптографиялык жактан текшерилди.");

        var tampered = (byte[])signedPdf.Clone();
        tampered[tampered.Length / 3] ^= 0x01;
        await DropAsync(reader, tampered, "tampered.pdf");
        await Expect(reader.Locator("[data-verdict]")).ToHaveAttributeAsync("data-verdict", "ALTERED");
        await portal.ScreenshotAsync(reader, "ky-verify-tampered");
        await PortalBrowser.AssertAccessibleAsync(reader);
    }

    /// <summary>Drops a file on the page's drop zone as a browser does: a drop event carrying it in its DataTransfer.</summary>
    private static async Task DropAsync(IPage page, byte[] file, string name)
    {
        var dataTransfer = await page.EvaluateHandleAsync("""
            ([base64, name]) => {
              const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
              const transfer = new DataTransfer();
              transfer.items.add(new File([bytes], name, { type: 'application/pdf' }));
              return transfer;
            }
            """, new object[] { Convert.ToBase64String(file), name });
        await page.Locator("label.verify__drop").DispatchEventAsync("drop", new Dictionary<string, object> { ["dataTransfer"] = dataTransfer });
    }

    [GeneratedRegex(@"https?://[^/\s]+(?<path>/verify/(?<number>AR-[0-9A-Z]+))")]
    private static partial Regex PrintedVerifyLink();

    [Fact]
    public async Task InRussian_OnAPhone_TheSamePathWorks_AndApplyingTwiceOpensTheFirstApplication()
    {
        var labels = CitizenLabels.Russian;
        var page = await portal.NewPageAsync(360, 780, "ru-RU");
        await page.AddInitScriptAsync("localStorage.setItem('kyzmat.language', 'ru')");
        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await portal.SignInAsync(page, labels.SignIn, DemoAccounts.CitizenPin, DemoAccounts.CitizenPassword, "nurlan@demo.kyzmat.test", giveEmail: false);

        var journey = new CitizenJourney(portal, page, labels, "ru-phone");
        await journey.FillProfileAsync();
        await journey.ApplyAsync("гражданской защиты", "KZ-2026-0036", "nurlan@demo.kyzmat.test", "Управление по чрезвычайным ситуациям Джалал-Абадской области");
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 360, $"the page is wider than the phone: {scrollWidth}px");

        await page.GotoAsync("/vacancies/KZ-2026-0036");
        await Expect(page.GetByText("Вы уже подали заявление на эту вакансию.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Открыть заявление" }).ClickAsync();
        await Expect(page.Locator(".status-tag").First).ToHaveTextAsync("Подано");
    }
}
