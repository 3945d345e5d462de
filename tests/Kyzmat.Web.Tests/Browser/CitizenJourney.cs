using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>The manual's steps as a citizen takes them in the portal, in the language of the labels given.</summary>
public sealed class CitizenJourney(PortalBrowser portal, IPage page, CitizenLabels labels, string screenshotPrefix)
{
    /// <summary>A small real PDF header is all the upload check looks at; the rest is the document's text.</summary>
    private static readonly byte[] Diploma = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private ILocator Menu => page.GetByRole(AriaRole.Navigation, new() { Name = labels.Basic == "Негизги маалымат" ? "Жеке кабинеттин бөлүмдөрү" : "Разделы личного кабинета" });

    public async Task OpenSectionAsync(string name)
    {
        await Menu.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>«Жеке маалымат», «Кошумча маалымат», «Билим» and «Жумуш тажырыйбасы», each document uploaded: the profile reaches 100 %.</summary>
    public async Task FillProfileAsync()
    {
        await OpenSectionAsync(labels.Personal);
        await Field(labels.Sex).SelectOptionAsync(new SelectOptionValue { Label = labels.Female });
        await Field(labels.Phone).FillAsync("+996 555 123 456");
        await Field(labels.Region).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Field(labels.Address).FillAsync("Бишкек ш., Чүй пр., 100");
        await Field(labels.Marital).SelectOptionAsync(new SelectOptionValue { Label = labels.Married });
        await SaveAsync();

        await OpenSectionAsync(labels.Additional);
        await Field(labels.StateLanguageLevel).SelectOptionAsync("C1");
        await SaveAsync();

        await OpenSectionAsync(labels.Education);
        await page.GetByRole(AriaRole.Button, new() { Name = labels.AddEducation }).ClickAsync();
        await Field(labels.Institution).FillAsync("Кыргыз-Түрк «Манас» университети");
        await Field(labels.Speciality).FillAsync("Финансы жана кредит");
        await Field(labels.Qualification).FillAsync("Бакалавр");
        await Field(labels.StartDate).FillAsync("2008-09-01");
        await Field(labels.StudyForm).SelectOptionAsync(new SelectOptionValue { Label = labels.FullTime });
        await Field(labels.Field).FillAsync("Экономика");
        await UploadAsync("диплом.pdf");
        await page.GetByRole(AriaRole.Button, new() { Name = labels.Save }).ClickAsync();
        await Expect(page.Locator(".record")).ToContainTextAsync("Манас");

        await OpenSectionAsync(labels.Experience);
        await page.GetByRole(AriaRole.Button, new() { Name = labels.AddExperience }).ClickAsync();
        await Field(labels.Organisation).FillAsync("Бишкек шаарынын мэриясы");
        await Field(labels.Position).FillAsync("Башкы адис");
        await Field(labels.PostType).SelectOptionAsync(new SelectOptionValue { Label = labels.CivilService });
        await Field(labels.Areas).FillAsync("бюджет, муниципалдык финансы");
        await Field(labels.StartDate).FillAsync("2013-02-01");
        await UploadAsync("эмгек-китепчеси.pdf");
        await portal.ScreenshotAsync(page, screenshotPrefix + "-experience-form");
        await PortalBrowser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = labels.Save }).ClickAsync();
        await Expect(page.Locator(".record")).ToContainTextAsync("мэриясы");

        await OpenSectionAsync(labels.Basic);
        await Expect(page.Locator(".completion__percent")).ToHaveTextAsync(new Regex(@"^100\s%$"));
        await Expect(page.GetByText(labels.Complete)).ToBeVisibleAsync();
        await portal.ScreenshotAsync(page, screenshotPrefix + "-cabinet-complete");
    }

    /// <summary>
    /// «Вакансиялар» → a vacancy → «Арыз тапшыруу» → «Кеңсе» → «Катышуу үчүн арыз түзүү» → «Арыз» → «Кол коюу» → the e-mailed
    /// code; returns the signed PDF as the citizen downloads it.
    /// </summary>
    public async Task<byte[]> ApplyAsync(string searchWords, string vacancyCode, string email, string officeName)
    {
        await page.GotoAsync("/");
        await Field(labels.SearchText).FillAsync(searchWords);
        await page.GetByRole(AriaRole.Button, new() { Name = labels.Search, Exact = true }).ClickAsync();
        await page.Locator($".vacancy-card a[href='/vacancies/{vacancyCode}']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/vacancies/" + vacancyCode + "$"));

        await page.GetByRole(AriaRole.Button, new() { Name = labels.Favourite }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = labels.Unfavourite })).ToHaveAttributeAsync("aria-pressed", "true");
        await page.GetByRole(AriaRole.Button, new() { Name = labels.Apply }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/cabinet/applications/[0-9a-f-]{36}$"));
        await page.GetByRole(AriaRole.Radio, new() { Name = officeName }).CheckAsync();
        await portal.ScreenshotAsync(page, screenshotPrefix + "-office");
        await PortalBrowser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = labels.CreateDocument }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = labels.Application, Exact = true }).ClickAsync();
        var document = page.Locator(".document");
        await Expect(document).ToBeVisibleAsync();
        await Expect(document).ToContainTextAsync(vacancyCode);
        await portal.ScreenshotAsync(page, screenshotPrefix + "-document");
        await PortalBrowser.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = labels.Sign, Exact = true }).ClickAsync();
        var code = await portal.Smtp.NextCodeToAsync(email);
        await Field(labels.Code).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = labels.Confirm }).ClickAsync();
        await Expect(page.Locator(".status-tag").First).ToHaveTextAsync(labels.Filed);
        await portal.ScreenshotAsync(page, screenshotPrefix + "-filed");

        // The signed PDF, fetched with the token, is saved under the application's number.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = labels.DownloadPdf }).ClickAsync());
        Assert.Matches(@"^AR-[A-Z0-9]+\.pdf$", download.SuggestedFilename);
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        return pdf;
    }

    /// <summary>A form control by its whole label (a required one ends in " *"), so "Пол" is not "Семейное положение".</summary>
    private ILocator Field(string label) => page.GetByLabel(new Regex("^" + Regex.Escape(label) + @"( \*)?$"));

    private async Task UploadAsync(string fileName)
    {
        await Field(labels.Upload).SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/pdf", Buffer = Diploma });
        await Expect(page.GetByText(fileName)).ToBeVisibleAsync();
    }

    private async Task SaveAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = labels.Save }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = labels.Saved })).ToBeVisibleAsync();
    }
}
