using System.Text.RegularExpressions;
using Kyzmat.Testing;
using Kyzmat.Workflows.Parsing;

namespace Kyzmat.Workflows.Tests.Parsing;

/// <summary>
/// The designer's lint is tested in the web project against a copy of the capability contract; the copy must be the
/// contract, or the designer's tests pass against rules the engine no longer has.
/// </summary>
public sealed partial class CapabilityLintFixtureTests
{
    [Fact]
    public void TheWebLintFixture_ListsExactlyTheContractsRules_InOrder()
    {
        var fixture = File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot(), "web", "src", "admin", "workflows", "capabilityLint.test.ts"));

        Assert.Equal(BpmnCapabilities.Supported.Select(c => c.Element), RulesIn(fixture, "supported"));
        Assert.Equal(BpmnCapabilities.Rejected.Select(c => c.Element), RulesIn(fixture, "rejected"));
    }

    private static List<string> RulesIn(string fixture, string list)
    {
        var start = fixture.IndexOf($"  {list}: [", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The fixture has no '{list}' list.");
        var end = fixture.IndexOf("].map(", start, StringComparison.Ordinal);
        return QuotedString().Matches(fixture[start..end]).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedString();
}
