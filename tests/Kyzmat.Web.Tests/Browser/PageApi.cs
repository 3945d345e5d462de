using System.Text.Json;
using Microsoft.Playwright;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>
/// The GraphQL API and the document upload called from inside a signed-in page, with the access token the portal
/// keeps (oidc-client-ts stores the user in sessionStorage under a key starting with <c>oidc.user:</c>).
/// </summary>
public static class PageApi
{
    private const string Token = """
        const key = Object.keys(sessionStorage).find(k => k.startsWith('oidc.user:'));
        if (!key) throw new Error('not signed in');
        const token = JSON.parse(sessionStorage.getItem(key)).access_token;
        """;

    /// <summary>The whole response body: <c>data</c> and possibly <c>errors</c>.</summary>
    public static Task<JsonElement> PostAsync(IPage page, string query, object? variables = null) =>
        page.EvaluateAsync<JsonElement>($$"""
            async ([query, variables]) => {
              {{Token}}
              const response = await fetch('/graphql', {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'Accept-Language': 'ky', Authorization: `Bearer ${token}` },
                body: JSON.stringify({ query, variables }),
              });
              return await response.json();
            }
            """, new object[] { query, variables ?? new { } });

    /// <summary>The data of an operation that must succeed.</summary>
    public static async Task<JsonElement> DataAsync(IPage page, string query, object? variables = null)
    {
        var body = await PostAsync(page, query, variables);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data");
    }

    /// <summary>POST /api/documents with a small PDF; returns the document's id.</summary>
    public static async Task<string> UploadPdfAsync(IPage page, string fileName)
    {
        var result = await page.EvaluateAsync<JsonElement>($$"""
            async (name) => {
              {{Token}}
              const form = new FormData();
              form.append('file', new Blob(['%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n'], { type: 'application/pdf' }), name);
              const response = await fetch('/api/documents', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
              return { status: response.status, body: await response.json() };
            }
            """, fileName);
        Assert.True(result.GetProperty("status").GetInt32() == 201, result.ToString());
        return result.GetProperty("body").GetProperty("id").GetString()!;
    }
}
