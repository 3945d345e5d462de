using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Kyzmat.Recruitment.Persistence;

namespace Kyzmat.GraphQL.Tests.Documents;

public sealed class UploadLimitTests
{
    private static async Task<(HttpStatusCode Status, string? Code, string? Message)> UploadAsync(GraphQLClient client, string name)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", name);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative)) { Content = form };
        request.Headers.AcceptLanguage.ParseAdd("ru");
        using var response = await client.Http.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body.TryGetProperty("code", out var code) ? code.GetString() : null,
            body.TryGetProperty("message", out var message) ? message.GetString() : null);
    }

    [Fact]
    public async Task Uploads_PastTheRateOfOneCitizen_Get429_WhileAnotherCitizenStillUploads()
    {
        await using var clients = await StaffClients.StartAsync(DatabaseProvider.Sqlite,
            new() { ["Kyzmat:Documents:UploadsPer10Minutes"] = "2", ["Kyzmat:Documents:MaxFilesPerCitizen"] = "1" });
        var citizen = await clients.CitizenAsync();
        var reviewer = await clients.HrAsync();

        var first = await UploadAsync(citizen, "1.pdf");
        var overQuota = await UploadAsync(citizen, "2.pdf");
        var overRate = await UploadAsync(citizen, "3.pdf");
        var other = await UploadAsync(reviewer, "1.pdf");

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal((HttpStatusCode.BadRequest, "DOCUMENT_QUOTA_EXCEEDED"), (overQuota.Status, overQuota.Code));
        Assert.StartsWith("Достигнут предел документов", overQuota.Message, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.TooManyRequests, "RATE_LIMITED"), (overRate.Status, overRate.Code));
        Assert.Equal(HttpStatusCode.Created, other.Status);
    }
}
