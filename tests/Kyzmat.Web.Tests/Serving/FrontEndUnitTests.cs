using Kyzmat.Testing;

namespace Kyzmat.Web.Tests.Serving;

/// <summary>Runs the portal's Vitest unit tests, so that README's test command covers them too.</summary>
public sealed class FrontEndUnitTests
{
    [Fact]
    public async Task VitestUnitTests_Pass()
    {
        var web = Path.Combine(TestEnvironment.RepositoryRoot(), "web");
        Assert.True(Directory.Exists(Path.Combine(web, "node_modules", "vitest")),
            "web/node_modules is missing: building Kyzmat.Server runs `npm ci` there (Node.js 20+ needed).");

        var (exitCode, output) = await NodeProcess.RunAsync("npm", "test --silent", web, TimeSpan.FromMinutes(2));

        Assert.True(exitCode == 0, output);
        Assert.Contains("passed", output, StringComparison.Ordinal);
    }
}
