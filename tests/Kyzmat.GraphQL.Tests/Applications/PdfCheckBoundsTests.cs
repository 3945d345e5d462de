using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing;
using Kyzmat.Testing.Host;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>
/// The anonymous PDF check is bounded in time and concurrency. PDFsharp cannot be made to hang reliably from a test, so
/// a stand-in reader blocks until released — as a file that keeps the reader busy would.
/// </summary>
public sealed class PdfCheckBoundsTests
{
    [Fact]
    public async Task APdfThatKeepsTheReaderBusy_IsAnsweredCannotCheck_ThenBusyWhileReadersRun_AndTheHostStaysHealthy()
    {
        using var release = new ManualResetEventSlim();
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        host.Settings["Kyzmat:Applications:VerificationsPerMinute"] = "100";
        await using var factory = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<PdfNumberReader>(new BlockingReader(release))));
        using var client = factory.CreateClient();

        var started = DateTime.UtcNow;
        var slow = await Task.WhenAll(PostPdfAsync(client), PostPdfAsync(client));
        var took = DateTime.UtcNow - started;
        foreach (var answer in slow)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
            Assert.Equal("DOCUMENT_CANNOT_BE_CHECKED", await CodeOfAsync(answer));
        }

        Assert.InRange(took, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(10));

        // Both readers still run: a third check finds no slot, and the host answers everything else.
        using var busy = await PostPdfAsync(client);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal("VERIFICATION_BUSY", await CodeOfAsync(busy));
        Assert.True(busy.Headers.Contains("Retry-After"));
        using var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        release.Set();
        await Eventually.WaitUntilAsync(async () =>
        {
            using var answer = await PostPdfAsync(client);
            return answer.StatusCode == HttpStatusCode.OK;
        }, "a check after the readers finished", TimeSpan.FromSeconds(10));
    }

    private static async Task<string?> CodeOfAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();

    private static Task<HttpResponseMessage> PostPdfAsync(HttpClient client)
    {
        var content = new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/applications/verify") { Content = content });
    }

    private sealed class BlockingReader(ManualResetEventSlim release) : PdfNumberReader
    {
        public override string? Read(byte[] pdf)
        {
            release.Wait(TimeSpan.FromSeconds(30));
            return null;
        }
    }
}
