using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Server.Portal;
using Kyzmat.Testing.Host;

namespace Kyzmat.Web.Tests.Serving;

/// <summary>The host serves the built portal at / with an SPA fallback that never shadows the server's own paths.</summary>
public sealed class WebPortalServingTests(WebPortalServingTests.Host fixture) : IClassFixture<WebPortalServingTests.Host>
{
    private readonly HttpClient client = fixture.Client;

    /// <summary>One host (SQLite, in memory transport) for these tests; none changes its data.</summary>
    public sealed class Host : IAsyncLifetime
    {
        private readonly KyzmatHostFactory host = new(DatabaseProvider.Sqlite, connectionString: null);

        public HttpClient Client { get; private set; } = null!;

        public Task InitializeAsync()
        {
            Client = host.CreateClient();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await host.DisposeAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/vacancies/KZ-2026-0001")]
    [InlineData("/signin")]
    [InlineData("/some/client/route")]
    public async Task PortalRoutes_AreAnsweredWithIndexHtml(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoCache, "index.html must be revalidated");
    }

    [Theory]
    [InlineData("GET", "/", true)]
    [InlineData("GET", "/admin/workflows", true)]
    [InlineData("GET", "/favicon.svg", true)]
    [InlineData("GET", "/account/signin", true)]
    [InlineData("GET", "/account/style.css", true)]
    [InlineData("GET", "/api/vacancies", true)]
    [InlineData("POST", "/graphql", true)]
    [InlineData("GET", "/health/live", true)]
    [InlineData("GET", "/.well-known/openid-configuration", true)]
    [InlineData("GET", "/connect/authorize", false)]
    public async Task EveryKindOfAnswer_CarriesTheSecurityHeaders(string method, string path, bool withPolicy)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json");
        }

        var response = await client.SendAsync(request);

        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        if (withPolicy)
        {
            var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            var script = policy.Split(';').Select(d => d.Trim()).FirstOrDefault(d => d.StartsWith("script-src", StringComparison.Ordinal))
                ?? policy.Split(';').Select(d => d.Trim()).First(d => d.StartsWith("default-src", StringComparison.Ordinal));
            Assert.DoesNotContain("unsafe-inline", script, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/connect/authorize", HttpStatusCode.BadRequest)]
    [InlineData("/.well-known/openid-configuration", HttpStatusCode.OK)]
    [InlineData("/health/live", HttpStatusCode.OK)]
    public async Task ServerEndpoints_AnswerThemselves_NotWithThePortal(string path, HttpStatusCode expected)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("<div id=\"root\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/nothing-here")]
    [InlineData("/connect/nothing-here")]
    [InlineData("/account/login")]
    [InlineData("/.well-known/nothing-here")]
    [InlineData("/health/nothing-here")]
    [InlineData("/graphql/nothing-here")]
    [InlineData("/assets/missing-chunk.js")]
    [InlineData("/robots.txt")]
    public async Task ServerPathsAndMissingFiles_AreNotShadowedByThePortal(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<div id=\"root\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HashedAssets_AreServedWithALongCache()
    {
        var index = await client.GetStringAsync("/");
        var script = System.Text.RegularExpressions.Regex.Match(index, "src=\"(/assets/[^\"]+\\.js)\"").Groups[1].Value;
        Assert.NotEmpty(script);

        var response = await client.GetAsync(script);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task TheApiAndHealth_StillAnswerBesideThePortal()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ regions { code } }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var graphql = await client.SendAsync(request);
        var health = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, graphql.StatusCode);
        Assert.Contains("\"regions\"", await graphql.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/vacancies/KZ-1", true)]
    [InlineData("/GraphQL", false)]
    [InlineData("/graphqlish", true)]
    [InlineData("/api", false)]
    [InlineData("/hangfire/jobs", false)]
    [InlineData("/favicon.ico", false)]
    public void IsPortalRoute_ClientRoutesOnly(string path, bool expected) =>
        Assert.Equal(expected, WebPortal.IsPortalRoute(path));
}
