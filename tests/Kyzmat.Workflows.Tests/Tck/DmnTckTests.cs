using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace Kyzmat.Workflows.Tests.Tck;

/// <summary>
/// The DMN TCK's FEEL-only folders (../shared/dmn-tck/feel-only.txt beside the repository) evaluated with our FEEL:
/// prints the pass rate per folder and the failures, writes dmn-tck-summary.txt beside the test assembly,
/// and fails when the overall rate falls below the floor reached so far.
/// </summary>
public class DmnTckTests(ITestOutputHelper output)
{
    /// <summary>
    /// The pass rate reached, rounded down to a tenth of a percent (2 996 of 3 011 is 99.50 %), so that losing a
    /// single case fails; raise it as the evaluator improves, never lower it.
    /// </summary>
    private const double Floor = 0.995;

    [SkippableFact]
    public void FeelOnlyFolders_PassAtLeastTheFloor()
    {
        var tck = FindTck();
        Skip.If(tck is null, "The DMN TCK is not beside the repository (expected a shared/dmn-tck folder next to it, as on CI).");

        var clock = Stopwatch.StartNew();
        var report = new StringBuilder();
        var failures = new StringBuilder();
        var folders = File.ReadAllLines(Path.Combine(tck!, "feel-only.txt")).Where(l => l.Trim().Length > 0).ToList();
        int total = 0, passed = 0;
        var rows = new List<(string Folder, int Passed, int Total)>();
        foreach (var folder in folders)
        {
            var directory = Path.Combine(tck!, folder.Trim());
            var model = DmnModel.Load(Directory.GetFiles(directory, "*.dmn").Single());
            var runner = new TckRunner(model);
            int folderTotal = 0, folderPassed = 0;
            foreach (var testCase in TckCases.Load(Directory.GetFiles(directory, "*-test-01.xml").Single()))
            {
                // A test case passes when every result node it checks matches.
                var outcomes = testCase.Results.Select(r => (Result: r, Outcome: runner.Run(testCase, r))).ToList();
                folderTotal++;
                if (outcomes.All(o => o.Outcome.Passed))
                {
                    folderPassed++;
                    continue;
                }

                foreach (var (result, outcome) in outcomes.Where(o => !o.Outcome.Passed))
                {
                    failures.AppendLine(CultureInfo.InvariantCulture,
                        $"FAIL {folder} #{testCase.Id} {result.Decision}: {Trim(model.Decisions.GetValueOrDefault(result.Decision)?.Text?.Trim() ?? "")}\n     expected {Trim(outcome.Expected)}, got {Trim(outcome.Actual)}");
                }
            }

            rows.Add((folder, folderPassed, folderTotal));
            total += folderTotal;
            passed += folderPassed;
        }

        foreach (var (folder, folderPassed, folderTotal) in rows.OrderBy(r => (double)r.Passed / r.Total))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"{(double)folderPassed / folderTotal,7:P1}  {folderPassed,4}/{folderTotal,-4}  {folder}");
        }

        var rate = (double)passed / total;
        report.Insert(0, string.Create(CultureInfo.InvariantCulture,
            $"DMN TCK, FEEL-only folders: {passed}/{total} test cases passed ({rate:P2}) in {folders.Count} folders, {clock.ElapsedMilliseconds} ms\n"));
        var text = report + "\n" + failures;
        output.WriteLine(text);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "dmn-tck-summary.txt"), text);

        Assert.True(rate >= Floor, $"The TCK pass rate fell to {rate:P2}, below the floor of {Floor:P0}.");
    }

    private static string Trim(string text) => text.Length <= 160 ? text : text[..160] + "…";

    /// <summary>Walks up from the test assembly to the folder that holds both the repository and shared/dmn-tck.</summary>
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
