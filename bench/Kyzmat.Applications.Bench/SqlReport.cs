using System.Globalization;
using System.Text.RegularExpressions;

namespace Kyzmat.Applications.Bench;

/// <summary>
/// The SQL commands of the measured path grouped by statement (literals and parameter names aside), most frequent
/// first, per filed application: where to look when the command count per application is the figure to cut.
/// </summary>
internal static partial class SqlReport
{
    public static void Print(string provider, IReadOnlyList<string> commands, int filed, int top = 25)
    {
        Console.WriteLine($"{provider,-11} SQL statements per filed application (top {top}):");
        foreach (var group in commands.SelectMany(Statements).GroupBy(s => s).OrderByDescending(g => g.Count()).Take(top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider,-11} {(double)group.Count() / filed,6:F2}  {group.Key}"));
        }
    }

    /// <summary>A batch's statements, each shortened to its verb and first table.</summary>
    private static IEnumerable<string> Statements(string batch) =>
        batch.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Whitespace().Replace(s, " "))
            .Where(s => s.Length > 0)
            .Select(Shorten);

    private static string Shorten(string statement)
    {
        var table = Table().Match(statement);
        var verb = statement.Split(' ', 2)[0].ToUpperInvariant();
        return table.Success ? $"{verb} {table.Groups["table"].Value}" + (statement.Contains(" JOIN ", StringComparison.OrdinalIgnoreCase) ? " (join)" : "") : statement[..Math.Min(60, statement.Length)];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?:FROM|INTO|UPDATE)\s+(?<table>""?[\w.]+""?)", RegexOptions.IgnoreCase)]
    private static partial Regex Table();
}
