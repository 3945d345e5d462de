using System.Xml.Linq;
using Kyzmat.Workflows.Expressions;
using Xunit.Abstractions;

namespace Kyzmat.Workflows.Tests.Expressions;

/// <summary>Every FEEL expression in the Camunda 8 diagrams of ../shared/bpmn-corpus (beside the repository) parses and evaluates.</summary>
public class FeelCorpusTests(ITestOutputHelper output)
{
    private static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";

    [SkippableFact]
    public void CamundaDiagrams_Expressions_ParseAndEvaluateWithoutCrashing()
    {
        var corpus = FindCorpus();
        Skip.If(corpus is null, "The BPMN corpus is not beside the repository (expected a shared/bpmn-corpus folder next to it, as on CI).");

        var expressions = Directory.EnumerateFiles(corpus!, "*.bpmn", SearchOption.AllDirectories)
            .Select(TryLoad)
            .OfType<XDocument>()
            .Where(document => document.Root!.Attributes().Any(a => a.IsNamespaceDeclaration && a.Value == Zeebe.NamespaceName))
            .SelectMany(document => document.Descendants().SelectMany(Expressions))
            .Distinct()
            .ToList();

        var failures = new List<string>();
        foreach (var text in expressions)
        {
            try
            {
                FeelExpression.Parse(text).Evaluate(new Dictionary<string, object?>(), DateTimeOffset.UnixEpoch);
            }
            catch (FeelException ex) when (ex.Code is FeelException.EvaluationFailed)
            {
                // assert() and the like may fail without variables; parsing is what is checked here.
            }
            catch (Exception ex)
            {
                failures.Add($"{text}: {ex.Message}");
            }
        }

        output.WriteLine($"{expressions.Count} expressions, {failures.Count} failed");
        failures.ForEach(output.WriteLine);
        Assert.NotEmpty(expressions);
        Assert.Empty(failures);
    }

    // The corpus holds some deliberately malformed files (parser fixtures); they hold no expressions to check.
    private static XDocument? TryLoad(string path)
    {
        try
        {
            return XDocument.Load(path);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Expressions(XElement element)
    {
        var values = element.Attributes().Select(a => a.Value);
        if (element.Name.LocalName == "conditionExpression")
        {
            values = values.Append(element.Value);
        }

        return values.Select(v => v.Trim()).Where(v => v.StartsWith('=') && v.Length > 1);
    }

    private static string? FindCorpus()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "bpmn-corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
