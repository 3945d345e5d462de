using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing;
using Kyzmat.Testing.Host;
using Microsoft.Playwright;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>
/// The real host on a real socket (SQLite, seeded demo data) and Debian's Chromium driven by
/// Playwright — no browser download. Shared by the browser tests; each test opens its own context.
/// </summary>
public sealed class PortalBrowser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private KyzmatHostFactory? host;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

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
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "ky-KG",
            TimezoneId = "Asia/Bishkek",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
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
    }
}
