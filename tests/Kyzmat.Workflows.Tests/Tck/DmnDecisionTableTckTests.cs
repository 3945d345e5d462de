using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kyzmat.Workflows.Decisions;
using Xunit.Abstractions;

namespace Kyzmat.Workflows.Tests.Tck;

/// <summary>
/// The DMN TCK's folders with decision tables (compliance levels 2 and 3 of ../shared/dmn-tck) evaluated with the
/// engine's own DMN parser and evaluator (src/Kyzmat.Workflows/Decisions): prints the pass rate over the folders the
/// parser accepts, and which folders it refuses and why (boxed contexts, business knowledge models… which Camunda 8
/// does not evaluate either); writes dmn-tck-decision-tables.txt beside the test assembly.
/// </summary>
public class DmnDecisionTableTckTests(ITestOutputHelper output)
{
    /// <summary>The pass rate reached over the accepted folders (77 of 77 test cases in 22 folders); never lower it.</summary>
    private const double Floor = 1.0;

    private static readonly DateTimeOffset Now = new(2024, 6, 15, 12, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public void DecisionTableFolders_PassAtLeastTheFloor()
    {
        var tck = FindTck();
        Skip.If(tck is null, "The DMN TCK is not beside the repository (expected a shared/dmn-tck folder next to it, as on CI).");

        var clock = Stopwatch.StartNew();
        var feelOnly = File.ReadAllLines(Path.Combine(tck!, "feel-only.txt")).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        var folders = new[] { "compliance-level-2", "compliance-level-3" }
            .SelectMany(level => Directory.GetDirectories(Path.Combine(tck!, level)).Select(d => level + "/" + Path.GetFileName(d)))
            .Where(f => !feelOnly.Contains(f))
            .Where(f => Directory.GetFiles(Path.Combine(tck!, f), "*.dmn").Length == 1
                && File.ReadAllText(Directory.GetFiles(Path.Combine(tck!, f), "*.dmn")[0]).Contains("decisionTable", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var report = new StringBuilder();
        var refused = new StringBuilder();
        var failures = new StringBuilder();
        int total = 0, passed = 0, accepted = 0;
        foreach (var folder in folders)
        {
            var directory = Path.Combine(tck!, folder);
            var path = Directory.GetFiles(directory, "*.dmn").Single();
            var parsed = DmnParser.Parse(File.ReadAllText(path));
            if (!parsed.IsValid)
            {
                refused.AppendLine(CultureInfo.InvariantCulture, $"REFUSED {folder}: {parsed.Findings[0].Code} {parsed.Findings[0].Message}");
                continue;
            }

            accepted++;
            var model = DmnModel.Load(path);
            var types = new DmnTypes(model.ItemDefinitions);
            var evaluator = new DecisionEvaluator(parsed.Graph!, coerceTypes: true);
            int folderTotal = 0, folderPassed = 0;
            foreach (var testCase in TckCases.Load(Directory.GetFiles(directory, "*-test-01.xml").Single()))
            {
                var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (name, input) in testCase.Inputs)
                {
                    var typeRef = parsed.Graph!.InputData.GetValueOrDefault(name);
                    variables[name] = types.Coerce(TckCases.ReadValue(input, typeRef, model), typeRef);
                }

                folderTotal++;
                var ok = true;
                foreach (var result in testCase.Results)
                {
                    var decision = parsed.Graph!.Decisions.FirstOrDefault(d => d.Name == result.Decision || d.VariableName == result.Decision);
                    object? actual = null;
                    string? error = null;
                    try
                    {
                        actual = decision is null ? null : evaluator.Evaluate(decision.Id, variables, Now).Output;
                        error = decision is null ? "no such decision" : null;
                    }
                    catch (DecisionEvaluationException ex)
                    {
                        error = ex.Message;
                    }

                    var expected = result.Expected is null ? null : TckCases.ReadValue(result.Expected, decision?.TypeRef, model);
                    var matches = result.ErrorExpected ? actual is null : error is null && TckValueComparer.Matches(expected, actual);
                    if (!matches)
                    {
                        ok = false;
                        failures.AppendLine(CultureInfo.InvariantCulture,
                            $"FAIL {folder} #{testCase.Id} {result.Decision}: expected {(result.ErrorExpected ? "error" : TckValueComparer.Describe(expected))}, got {error ?? TckValueComparer.Describe(actual)}");
                    }
                }

                folderPassed += ok ? 1 : 0;
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"{(double)folderPassed / Math.Max(folderTotal, 1),7:P1}  {folderPassed,4}/{folderTotal,-4}  {folder}");
            total += folderTotal;
            passed += folderPassed;
        }

        var rate = total == 0 ? 0 : (double)passed / total;
        report.Insert(0, string.Create(CultureInfo.InvariantCulture,
            $"DMN TCK, decision-table folders: {passed}/{total} test cases passed ({rate:P2}) in the {accepted} of {folders.Count} folders the parser accepts, {clock.ElapsedMilliseconds} ms\n"));
        var text = report + "\n" + refused + "\n" + failures;
        output.WriteLine(text);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "dmn-tck-decision-tables.txt"), text);

        Assert.True(rate >= Floor, $"The decision-table TCK pass rate fell to {rate:P2}, below the floor of {Floor:P0}.");
    }

    private static string? FindTck()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "dmn-tck");
            if (File.Exists(Path.Combine(candidate, "feel-only.txt")))
            {
                return candidate;
            }
        }

        return null;
    }
}
