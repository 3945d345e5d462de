using System.Text.Json;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>What anyone gets for a PDF dropped on /verify: <c>POST /api/applications/verify</c>.</summary>
internal static class PdfVerification
{
    public static async Task<string> VerdictAsync(Competition competition, byte[] pdf) =>
        (await VerifyAsync(competition, pdf)).GetProperty("verdict").GetString()!;

    public static async Task<JsonElement> VerifyAsync(Competition competition, byte[] pdf)
    {
        using var content = new ByteArrayContent(pdf);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        using var response = await competition.Anonymous.Http.PostAsync(new Uri("/api/applications/verify", UriKind.Relative), content);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body;
    }
}
