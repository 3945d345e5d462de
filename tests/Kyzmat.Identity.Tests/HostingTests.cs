using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Kyzmat.Identity.Server;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Installation;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.SignInHistory;
using Kyzmat.Testing;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Host.SignIn;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;

namespace Kyzmat.Identity.Tests;

/// <summary>What the identity room sets up in the host: keys, clients, data protection, outbox page, pruning.</summary>
public sealed class HostingTests
{
    [Fact]
    public async Task Start_InDevelopment_GeneratesPkcs12KeysOnceInTheDatabase_NotOnTheHostsDisk()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();

        var jwks = await browser.Http.GetStringAsync("/.well-known/jwks");
        var stored = await host.QueryAsync(db => db.GeneratedKeys.ToDictionaryAsync(k => k.Name, k => k.Content));

        using var signing = X509CertificateLoader.LoadPkcs12(stored["token-signing-certificate"], null);
        Assert.True(signing.HasPrivateKey);
        Assert.Contains(signing.GetCertHashString(), jwks.Replace("\"", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("token-encryption-key", stored.Keys);
        Assert.False(Directory.Exists(Path.Combine(host.DataPath, "keys")));
    }

    [Fact]
    public async Task Start_WithKeysAnEarlierVersionKeptOnDisk_KeepsSigningWithThem()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "kyzmat-earlier-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(dataPath, "keys"));
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var request = new CertificateRequest("CN=Kyzmat signing key", rsa, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var earlier = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        await File.WriteAllBytesAsync(Path.Combine(dataPath, "keys", "signing.pfx"), earlier.Export(X509ContentType.Pkcs12));

        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite, settings: new() { ["Kyzmat:DataPath"] = dataPath });
        using var browser = host.NewBrowser();
        var jwks = await browser.Http.GetStringAsync("/.well-known/jwks");

        Assert.Contains(earlier.GetCertHashString(), jwks.Replace("\"", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Directory.Delete(dataPath, recursive: true);
    }

    [Fact]
    public async Task AccessTokens_AreEncryptedWithTheGeneratedSymmetricKey_AndStillAccepted()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();

        var tokens = await SignInDriver.SignInAsync(host, browser, DemoAccounts.HrPin, DemoAccounts.HrPassword, "hr.minfin@demo.kyzmat.test");
        using var me = await new PortalClient(host, browser).GetWithTokenAsync("/api/me", tokens.AccessToken);

        var stored = await host.QueryAsync(db => db.GeneratedKeys.Where(k => k.Name == "token-encryption-key").Select(k => k.Content).SingleAsync());
        Assert.Equal(32, Convert.FromBase64String(System.Text.Encoding.ASCII.GetString(stored)).Length);
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
        var keys = Keys(new KyzmatIdentityOptions { TokenEncryptionKey = configured });

        var error = Assert.Throws<KyzmatConfigurationException>(() => keys.TokenEncryption);

        Assert.Contains("Kyzmat:Identity:TokenEncryptionKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TokenEncryptionKey_Configured_IsUsedAsGiven()
    {
        var configured = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

        var key = Keys(new KyzmatIdentityOptions { TokenEncryptionKey = Convert.ToBase64String(configured) }).TokenEncryption;

        Assert.Equal(configured, key.Key);
    }

    [Theory]
    [InlineData("Kyzmat:Identity:SigningCertificates:0:Path")]
    [InlineData("Kyzmat:Identity:TokenEncryptionKey")]
    [InlineData("Kyzmat:DataProtection:CertificatePath")]
    public void Production_WithoutAConfiguredKey_RefusesToStartNamingTheSetting(string left)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "kyzmat-production-" + Guid.NewGuid().ToString("N")[..12]);
        var given = new Dictionary<string, string?> { [left] = "", ["Kyzmat:DataPath"] = dataPath };
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(ProductionSecrets.For(dataPath, given).Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)).Concat(given))
            .Build();
        var production = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = Environments.Production };

        // Program reports this exception's message as "Kyzmat cannot start: …" and exits with 1.
        var error = Assert.Throws<KyzmatConfigurationException>(() => new ServiceCollection().AddKyzmatIdentity(configuration, production));

        Assert.Contains(left.StartsWith("Kyzmat:DataProtection", StringComparison.Ordinal) ? "Kyzmat:DataProtection" : "Kyzmat:Identity", error.Message, StringComparison.Ordinal);
        Directory.Delete(dataPath, recursive: true);
    }

    [Fact]
    public async Task Production_KeepsTheDataProtectionKeyRingEncryptedWithTheConfiguredCertificate()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite, settings: new() { ["environment"] = "Production" });
        var protector = host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        var roundTrip = protector.Unprotect(protector.Protect("session"));
        var ring = await host.QueryAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());

        Assert.Equal("session", roundTrip);
        Assert.NotEmpty(ring);
        Assert.All(ring, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal); // the master key never in the clear
        });
    }

    private static ServerKeys Keys(KyzmatIdentityOptions options) => new(
        options,
        new GeneratedKeys(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), TimeProvider.System),
        new DataFolder(Path.Combine(Path.GetTempPath(), "kyzmat-keys-" + Guid.NewGuid().ToString("N"))),
        production: false);

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
