using System.Text.Json;
using Kyzmat.Testing;
using Microsoft.Playwright;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>axe-core (npm, from web/node_modules) injected into a page; returns its serious and critical violations.</summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() =>
    {
        var path = Path.Combine(TestEnvironment.RepositoryRoot(), "web", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException("axe-core is missing: building Kyzmat.Server runs `npm ci` in web/.", path);
    });

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        // Evaluated through the DevTools protocol, not as a script tag: the portal's Content-Security-Policy refuses inline
        // scripts, and these tests run under it.
        await page.EvaluateAsync(Script.Value);
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const results = await axe.run(document, { resultTypes: ['violations'] });
              return results.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
            }
            """);
        return result.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
