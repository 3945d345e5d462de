using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Host;

namespace Kyzmat.GraphQL.Tests.Applications;

public sealed class VerificationRateLimitTests
{
    [Fact]
    public async Task CheckingPdfs_PastTheLimitPerMinute_IsRefusedWithRetryAfterAndAStableCode()
    {
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        host.Settings["Kyzmat:Applications:VerificationsPerMinute"] = "3";
        using var client = host.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await PostPdfAsync(client);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await PostPdfAsync(client);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("RATE_LIMITED", body.GetProperty("code").GetString());
        Assert.StartsWith("Слишком много запросов", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostPdfAsync(HttpClient client)
    {
        var content = new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications/verify") { Content = content };
        request.Headers.AcceptLanguage.ParseAdd("ru");
        return client.SendAsync(request);
    }
}
