using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Kyzmat.Identity.Server;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.SignInHistory;
using Kyzmat.Testing;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Host.SignIn;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;

namespace Kyzmat.Identity.Tests;

/// <summary>What the identity room sets up in the host: keys, clients, data protection, outbox page, pruning.</summary>
public sealed class HostingTests
{
    [Fact]
    public async Task Start_InDevelopment_GeneratesPkcs12KeysInTheDataFolderAndKeepsThem()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        var signing = Path.Combine(host.DataPath, "keys", "signing.pfx");
        var encryption = Path.Combine(host.DataPath, "keys", "encryption.pfx");

        using var first = X509CertificateLoader.LoadPkcs12FromFile(signing, null);
        using var browser = host.NewBrowser();
        var jwks = await browser.Http.GetStringAsync("/.well-known/jwks");

        Assert.True(File.Exists(encryption));
        Assert.True(first.HasPrivateKey);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(signing));
        }

        Assert.Contains(first.GetCertHashString(), jwks.Replace("\"", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AccessTokens_AreEncryptedWithTheGeneratedSymmetricKey_AndStillAccepted()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        var keyFile = Path.Combine(host.DataPath, "keys", "token-encryption.key");
        using var browser = host.NewBrowser();

        var tokens = await SignInDriver.SignInAsync(host, browser, DemoAccounts.HrPin, DemoAccounts.HrPassword, "hr.minfin@demo.kyzmat.test");
        using var me = await new PortalClient(host, browser).GetWithTokenAsync("/api/me", tokens.AccessToken);

        Assert.Equal(32, Convert.FromBase64String(await File.ReadAllTextAsync(keyFile)).Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }

        var header = JsonDocument.Parse(Base64UrlEncoder.Decode(tokens.AccessToken.Split('.')[0])).RootElement;
        Assert.Equal("A256KW", header.GetProperty("alg").GetString());
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);

        // The RSA certificate stays registered after it, so tokens it encrypted before still decrypt.
        var credentials = host.Services.GetRequiredService<IOptionsMonitor<OpenIddictServerOptions>>().CurrentValue.EncryptionCredentials;
        Assert.IsType<SymmetricSecurityKey>(credentials[0].Key);
        Assert.Contains(credentials, c => c.Key is X509SecurityKey);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==")] // 16 bytes
    [InlineData("not base64 at all")]
    public void TokenEncryptionKey_ThatIsNot256BitsOfBase64_IsRefusedNamingTheSetting(string configured)
    {
        var data = new DataFolder(Path.Combine(Path.GetTempPath(), "kyzmat-keys-" + Guid.NewGuid().ToString("N")));

        var error = Assert.Throws<KyzmatConfigurationException>(() => ServerKeys.TokenEncryption(new KyzmatIdentityOptions { TokenEncryptionKey = configured }, data));

        Assert.Contains("Kyzmat:Identity:TokenEncryptionKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TokenEncryptionKey_Configured_IsUsedAsGiven()
    {
        var data = new DataFolder(Path.Combine(Path.GetTempPath(), "kyzmat-keys-" + Guid.NewGuid().ToString("N")));
        var configured = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

        var key = ServerKeys.TokenEncryption(new KyzmatIdentityOptions { TokenEncryptionKey = Convert.ToBase64String(configured) }, data);

        Assert.Equal(configured, key.Key);
    }

    [Fact]
    public async Task Start_Twice_SeedsClientsOnceAndSharesDataProtectionKeysThroughTheDatabase()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ClientSeeder>().SeedAsync(CancellationToken.None);
        }

        var applications = await host.QueryAsync(db => db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication>().Select(a => a.ClientId).ToListAsync());
        var keys = await host.QueryAsync(db => db.DataProtectionKeys.CountAsync());

        Assert.Equal(["kyzmat-web"], applications);
        Assert.True(keys >= 1);
    }

    [Fact]
    public async Task OutboxPage_InDevelopment_ListsTheSentCode()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite, settings: new() { ["Kyzmat:Mail:Transport"] = "Outbox" });
        using var browser = host.NewBrowser();
        await SignInDriver.UpToCodeAsync(browser, DemoAccounts.HrPin, DemoAccounts.HrPassword);

        await Eventually.WaitUntilAsync(async () =>
        {
            var page = await browser.GetAsync("/dev/outbox");
            return page.Html.Contains("hr.minfin@demo.kyzmat.test", StringComparison.Ordinal) && page.Html.Contains("Verification code", StringComparison.Ordinal);
        }, "the code's message is listed on /dev/outbox");

        Assert.Single(Directory.GetFiles(Path.Combine(host.DataPath, "outbox"), "*.eml"));
    }

    [Fact]
    public async Task OutboxPage_FromAnAddressNotOfThisMachine_IsNotFound()
    {
        // The in-process test server's requests carry no client address: not loopback.
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/dev/outbox");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Staging_HasNoDemoAccountsNoSandboxAndNoOutbox_UnlessConfigured()
    {
        await using (var staging = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite, settings: new() { ["environment"] = "Staging" }))
        {
            Assert.Equal(0, await staging.QueryAsync(db => db.SandboxCitizens.CountAsync()));
            Assert.Equal(0, await staging.QueryAsync(db => db.RoleGrants.CountAsync()));
            using var scope = staging.Services.CreateScope();
            Assert.IsNotType<Kyzmat.Identity.Upstream.SandboxUpstreamIdentity>(scope.ServiceProvider.GetRequiredService<Kyzmat.Identity.Upstream.IUpstreamIdentity>());
            using var browser = staging.NewBrowser();
            using var outbox = await browser.Http.GetAsync("/dev/outbox");
            Assert.Equal(HttpStatusCode.NotFound, outbox.StatusCode);
        }

        await using var stand = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite, settings: new()
        {
            ["environment"] = "Staging",
            ["Kyzmat:Seed:DemoData"] = "true",
            ["Kyzmat:Identity:AllowSandbox"] = "true",
        });
        Assert.True(await stand.QueryAsync(db => db.SandboxCitizens.CountAsync()) > 0);
        using var standScope = stand.Services.CreateScope();
        Assert.IsType<Kyzmat.Identity.Upstream.SandboxUpstreamIdentity>(standScope.ServiceProvider.GetRequiredService<Kyzmat.Identity.Upstream.IUpstreamIdentity>());
    }

    [Fact]
    public async Task OutboxPage_InProduction_IsNotThere()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite, settings: new() { ["environment"] = "Production" });
        using var browser = host.NewBrowser();

        using var response = await browser.Http.GetAsync("/dev/outbox");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_InProductionWithTheSandboxConfigured_IsRefusedAsUnavailable()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite, settings: new() { ["environment"] = "Production" });
        using var browser = host.NewBrowser();

        var page = await SignInDriver.PasswordAsync(browser, DemoAccounts.CitizenPin, DemoAccounts.CitizenPassword);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        Assert.Equal("Sign-in is not available now.", page.Error);
    }

    [Fact]
    public async Task PruningJob_Run_RemovesOnlyLongDeadTokens()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();
        var tokens = await SignInDriver.SignInAsync(host, browser, DemoAccounts.HrPin, DemoAccounts.HrPassword, "hr.minfin@demo.kyzmat.test");
        await new PortalClient(host, browser).RevokeAsync(tokens.RefreshToken!, "refresh_token");
        var before = await host.QueryAsync(db => db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreToken>().CountAsync());

        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TokenPruningJob>().RunAsync(CancellationToken.None);
        var after = await host.QueryAsync(db => db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreToken>().CountAsync());

        Assert.True(before > 0);
        Assert.Equal(before, after); // all younger than a day: kept, so that a replay is still recognised
        Assert.Contains(TokenPruningJob.Id, await RecurringJobIdsAsync(host));
    }

    [Fact]
    public async Task PruningJob_Run_RemovesSignInAttemptsOlderThanTheRetention_AndKeepsTheRest()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite, settings: new() { ["Kyzmat:Identity:SignInHistoryRetention"] = "30.00:00:00" });
        var now = DateTimeOffset.UtcNow;
        await using (var db = host.NewDbContext())
        {
            db.SignInAttempts.AddRange(
                new SignInAttempt { At = now.AddDays(-31), Method = SignInMethod.Password, Outcome = SignInOutcome.WrongCredentials, Pin = "21505199000123" },
                new SignInAttempt { At = now.AddDays(-29), Method = SignInMethod.Password, Outcome = SignInOutcome.WrongCredentials, Pin = "21505199000123" });
            await db.SaveChangesAsync();
        }

        await using var scope = host.Services.CreateAsyncScope();
        var pruned = await scope.ServiceProvider.GetRequiredService<TokenPruningJob>().RunAsync(CancellationToken.None);

        Assert.Equal(1, pruned);
        var left = await host.QueryAsync(db => db.SignInAttempts.Where(a => a.Pin == "21505199000123").Select(a => a.At).ToListAsync());
        Assert.True(Assert.Single(left) > now.AddDays(-30));
    }

    private static Task<List<string>> RecurringJobIdsAsync(IdentityTestHost host)
    {
        using var connection = host.Services.GetRequiredService<Hangfire.JobStorage>().GetConnection();
        return Task.FromResult(Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection).Select(j => j.Id).ToList());
    }
}
