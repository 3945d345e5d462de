using System.Globalization;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Mail;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>
/// The real host on a real socket (SQLite, seeded demo data, mail through a real SMTP exchange with the
/// test's own server) and Debian's Chromium driven by Playwright — no browser download. Shared by the
/// browser tests; each test opens its own context.
/// </summary>
public sealed class PortalBrowser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private KyzmatHostFactory? host;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The host's services, for arranging what no page can (e.g. starting a process instance).</summary>
    public IServiceProvider Services => host?.Services ?? throw new InvalidOperationException("The host is not started.");

    /// <summary>Where the host's mail (sign-in and signing codes, notifications) arrives.</summary>
    public TestSmtpServer Smtp { get; } = new();

    /// <summary>Where screenshots are kept: the test output's artifacts folder.</summary>
    public string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {ChromiumPath} (apt-get install chromium); .ci/run installs it.");
        }

        Directory.CreateDirectory(Artifacts);
        host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        host.Settings["Kyzmat:Mail:Transport"] = "Smtp";
        host.Settings["Kyzmat:Mail:Smtp:Host"] = "127.0.0.1";
        host.Settings["Kyzmat:Mail:Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture);
        host.Settings["Kyzmat:Mail:Smtp:Security"] = "None";
        // Many tests sign the same demo accounts in, seconds apart: the code limits for one person would refuse them.
        host.Settings["Kyzmat:Verification:ResendInterval"] = "00:00:00";
        host.Settings["Kyzmat:Verification:MaxPerHour"] = "1000";
        host.Settings["Kyzmat:Identity:SignInRequestsPerMinute"] = "1000";
        var port = TestEnvironment.FreeTcpPort();
        host.UseKestrel(port);
        host.StartServer();
        BaseUrl = $"http://localhost:{port}";

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh context (empty storage), at a desktop size unless told.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string locale = "ky-KG")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            TimezoneId = "Asia/Bishkek",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// The manual's sign-in from the portal's header: «Жеке кабинетке кирүү», PIN and «Түндүк» password, «Андан ары»,
    /// «Булуттук электрондук колтамга», an e-mail (first sign-in only) and «E-mail аркылуу код алуу», then the code from
    /// the mail — back in the portal's cabinet. Labels are matched in the page's language by the texts given.
    /// </summary>
    public async Task SignInAsync(IPage page, SignInLabels labels, string pin, string password, string email, bool giveEmail)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = labels.SignIn }).First.ClickAsync();
        await SignInAfterRedirectAsync(page, labels, pin, password, email, giveEmail, "/cabinet");
    }

    /// <summary>The identity pages' part of <see cref="SignInAsync"/>, from the PIN page back to <paramref name="backTo"/>.</summary>
    public async Task SignInAfterRedirectAsync(IPage page, SignInLabels labels, string pin, string password, string email, bool giveEmail, string backTo)
    {
        await page.GetByLabel(labels.Pin, new() { Exact = true }).FillAsync(pin);
        await page.GetByLabel(labels.Password).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = labels.Next }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = labels.CloudSignature }).ClickAsync();
        if (giveEmail)
        {
            await page.GetByLabel("E-mail").FillAsync(email);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = labels.GetCode }).ClickAsync();
        var code = await Smtp.NextCodeToAsync(email);
        await page.GetByLabel(labels.Code).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = labels.Confirm }).ClickAsync();
        await Expect(page).ToHaveURLAsync(BaseUrl + backTo);
    }

    /// <summary>axe-core finds no serious or critical violation on the page as it is now.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, page.Url + "\n" + string.Join('\n', violations));
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        await Smtp.DisposeAsync();
    }
}

/// <summary>The identity pages' labels in one language.</summary>
public sealed record SignInLabels(string SignIn, string Pin, string Password, string Next, string CloudSignature, string GetCode, string Code, string Confirm)
{
    public static readonly SignInLabels Kyrgyz = new(
        "Жеке кабинетке кирүү", "ПИН", "«Түндүк» сырсөзү", "Андан ары", "Булуттук электрондук колтамга", "E-mail аркылуу код алуу", "Текшерүү коду", "Ырастоо");

    public static readonly SignInLabels Russian = new(
        "Вход в личный кабинет", "ПИН", "Пароль системы «Түндүк»", "Далее", "Облачная электронная подпись", "Получить код по e-mail", "Код подтверждения", "Подтвердить");
}
