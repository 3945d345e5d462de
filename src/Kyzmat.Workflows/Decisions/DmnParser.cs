using System.Xml.Linq;
using Kyzmat.Workflows.Expressions;
using Kyzmat.Workflows.Parsing;

namespace Kyzmat.Workflows.Decisions;

/// <summary>The outcome of parsing a DMN file: the graph, or why it cannot be deployed.</summary>
public sealed record DmnParseResult(DecisionGraph? Graph, IReadOnlyList<Finding> Findings)
{
    public bool IsValid => Graph is not null && Findings.Count == 0;
}

/// <summary>
/// Parses DMN 1.1–1.5 XML into a <see cref="DecisionGraph"/>: decisions with decision tables or literal expressions,
/// their required decisions (cycles refused), and every FEEL expression and unary test compiled. Loads the XML as
/// <see cref="SafeXml"/> does (no DTD, a size limit) and never throws on bad input: problems become findings.
/// </summary>
public static class DmnParser
{
    /// <summary>The largest DMN file accepted (5 MB, as for BPMN).</summary>
    public const int MaxSize = 5 * 1024 * 1024;

    public const int MaxDecisions = 1_000;

    public const int MaxRules = 20_000;

    public const int MaxColumns = 200;

    private static readonly HashSet<string> Unsupported =
    [
        "context", "invocation", "relation", "list", "functionDefinition", "conditional", "for", "every", "some", "filter",
    ];

    public static DmnParseResult Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var findings = new List<Finding>();
        var document = SafeXml.Load(xml, MaxSize, findings);
        if (document?.Root is not { } root)
        {
            return new DmnParseResult(null, findings);
        }

        var ns = root.Name.Namespace;
        if (root.Name.LocalName != "definitions" || !DmnNamespaces.IsModel(ns))
        {
            findings.Add(new Finding(null, FindingCodes.NotDmn, $"The root element is '{root.Name}', not a DMN 'definitions' element (DMN 1.1 to 1.5)."));
            return new DmnParseResult(null, findings);
        }

        try
        {
            var graph = new Reader(root, ns, findings).Read();
            return findings.Count == 0 ? new DmnParseResult(graph, findings) : new DmnParseResult(null, findings);
        }
        catch (InsufficientExecutionStackException)
        {
            findings.Add(new Finding(null, FindingCodes.DecisionInvalid, "The file nests too deeply to be read."));
            return new DmnParseResult(null, findings);
        }
    }

    private sealed class Reader(XElement root, XNamespace ns, List<Finding> findings)
    {
        private int _rules;
        private List<string> _names = [];

        public DecisionGraph? Read()
        {
            var id = (string?)root.Attribute("id");
            if (string.IsNullOrWhiteSpace(id))
            {
                findings.Add(new Finding(null, FindingCodes.MissingId, "The DMN 'definitions' element needs an id (the decision requirements graph's id)."));
            }

            if (NotFeel(root.Attribute("expressionLanguage")) is { } language)
            {
                findings.Add(new Finding(id, FindingCodes.DecisionUnsupported, $"The expression language '{language}' is not FEEL; Camunda 8 evaluates FEEL only."));
            }

            var elements = root.Elements(ns + "decision").ToList();
            if (elements.Count == 0)
            {
                findings.Add(new Finding(id, FindingCodes.DecisionInvalid, "The DMN file has no decision."));
                return null;
            }

            if (elements.Count > MaxDecisions)
            {
                findings.Add(new Finding(id, FindingCodes.DecisionInvalid, $"The DMN file has {elements.Count} decisions; the limit is {MaxDecisions}."));
                return null;
            }

            var items = new Dictionary<string, DmnItemDefinition>(StringComparer.Ordinal);
            foreach (var item in root.Elements(ns + "itemDefinition").Select(e => DmnItemDefinition.Read(e, ns)))
            {
                items[item.Name] = item;
            }

            var inputs = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var input in root.Elements(ns + "inputData"))
            {
                var name = (string?)input.Attribute("name") ?? (string?)input.Attribute("id") ?? "";
                inputs[name] = (string?)input.Element(ns + "variable")?.Attribute("typeRef");
            }

            // Names with spaces ("Applicant Age") read as one name in every expression of the file.
            _names = [.. inputs.Keys, .. elements.Select(e => VariableName(e)), .. elements.Select(e => (string?)e.Attribute("id") ?? "")];

            var decisions = new List<DecisionDefinition>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var element in elements)
            {
                if (ReadDecision(element) is { } decision)
                {
                    if (!ids.Add(decision.Id))
                    {
                        findings.Add(new Finding(decision.Id, FindingCodes.DuplicateId, $"Two decisions have the id '{decision.Id}'."));
                        continue;
                    }

                    decisions.Add(decision);
                }
            }

            CheckRequirements(decisions);
            return new DecisionGraph
            {
                Id = id ?? "",
                Name = (string?)root.Attribute("name"),
                Decisions = decisions,
                ItemDefinitions = items,
                InputData = inputs,
            };
        }

        private string VariableName(XElement decision) =>
            (string?)decision.Element(ns + "variable")?.Attribute("name") ?? (string?)decision.Attribute("name") ?? (string?)decision.Attribute("id") ?? "";

        private DecisionDefinition? ReadDecision(XElement element)
        {
            var id = (string?)element.Attribute("id");
            if (string.IsNullOrWhiteSpace(id))
            {
                findings.Add(new Finding(null, FindingCodes.MissingId, $"A decision{Named(element)} has no id; a business rule task calls a decision by its id."));
                return null;
            }

            var required = new List<string>();
            foreach (var requirement in element.Elements(ns + "informationRequirement").Elements(ns + "requiredDecision"))
            {
                var href = (string?)requirement.Attribute("href") ?? "";
                var hash = href.LastIndexOf('#');
                required.Add(hash >= 0 ? href[(hash + 1)..] : href);
            }

            if (element.Elements(ns + "knowledgeRequirement").Any())
            {
                findings.Add(new Finding(id, FindingCodes.DecisionUnsupported,
                    "The decision requires a business knowledge model; the engine evaluates decision tables and literal expressions only, as Camunda 8 does."));
            }

            var table = element.Element(ns + "decisionTable");
            var literal = element.Element(ns + "literalExpression");
            if (element.Elements().FirstOrDefault(e => Unsupported.Contains(e.Name.LocalName)) is { } other)
            {
                findings.Add(new Finding(id, FindingCodes.DecisionUnsupported,
                    $"The decision's logic is a boxed {other.Name.LocalName}; the engine evaluates decision tables and literal expressions only, as Camunda 8 does."));
                return null;
            }

            if (table is null && literal is null)
            {
                findings.Add(new Finding(id, FindingCodes.DecisionInvalid, "The decision has no decision logic: a decision table or a literal expression."));
                return null;
            }

            var versionTag = (string?)element.Attribute(Parsing.BpmnNamespaces.Zeebe + "versionTag")
                ?? (string?)element.Attribute(DmnNamespaces.Camunda + "versionTag");
            return new DecisionDefinition
            {
                Id = id,
                Name = (string?)element.Attribute("name") ?? id,
                VariableName = VariableName(element),
                TypeRef = (string?)element.Element(ns + "variable")?.Attribute("typeRef"),
                VersionTag = string.IsNullOrWhiteSpace(versionTag) ? null : versionTag.Trim(),
                RequiredDecisions = required,
                Table = table is null ? null : ReadTable(id, table),
                Literal = table is null ? ReadLiteral(id, literal!) : null,
            };
        }

        private string Named(XElement element) => element.Attribute("name") is { } name ? $" ('{name.Value}')" : "";

        private LiteralDecision? ReadLiteral(string decisionId, XElement literal)
        {
            var text = literal.Element(ns + "text")?.Value;
            if (NotFeel(literal.Attribute("expressionLanguage")) is { } language)
            {
                findings.Add(new Finding(decisionId, FindingCodes.DecisionUnsupported, $"The literal expression is in '{language}', not FEEL."));
                return null;
            }

            return Expression(decisionId, text, "literal expression", required: true) is { } expression ? new LiteralDecision(expression) : null;
        }

        private DecisionTable? ReadTable(string decisionId, XElement table)
        {
            var tableId = (string?)table.Attribute("id") ?? decisionId;
            var hitPolicy = ((string?)table.Attribute("hitPolicy") ?? "UNIQUE").Trim() switch
            {
                "UNIQUE" => HitPolicy.Unique,
                "FIRST" => HitPolicy.First,
                "PRIORITY" => HitPolicy.Priority,
                "ANY" => HitPolicy.Any,
                "COLLECT" => HitPolicy.Collect,
                "RULE ORDER" => HitPolicy.RuleOrder,
                "OUTPUT ORDER" => HitPolicy.OutputOrder,
                var other => Fail<HitPolicy?>(decisionId, $"The hit policy '{other}' is not one of UNIQUE, FIRST, PRIORITY, ANY, COLLECT, RULE ORDER, OUTPUT ORDER."),
            };
            var aggregation = ((string?)table.Attribute("aggregation"))?.Trim() switch
            {
                null or "" => CollectAggregation.None,
                "SUM" => CollectAggregation.Sum,
                "MIN" => CollectAggregation.Min,
                "MAX" => CollectAggregation.Max,
                "COUNT" => CollectAggregation.Count,
                var other => Fail<CollectAggregation?>(decisionId, $"The aggregation '{other}' is not one of SUM, MIN, MAX, COUNT."),
            };
            if (hitPolicy is null || aggregation is null)
            {
                return null;
            }

            if (aggregation != CollectAggregation.None && hitPolicy != HitPolicy.Collect)
            {
                return Fail<DecisionTable>(decisionId, $"An aggregation ({aggregation}) applies to the COLLECT hit policy only.");
            }

            var inputElements = table.Elements(ns + "input").ToList();
            var outputElements = table.Elements(ns + "output").ToList();
            var ruleElements = table.Elements(ns + "rule").ToList();
            if (inputElements.Count > MaxColumns || outputElements.Count > MaxColumns || (_rules += ruleElements.Count) > MaxRules)
            {
                return Fail<DecisionTable>(decisionId, $"The decision table is too large (at most {MaxColumns} inputs and outputs, {MaxRules} rules in a file).");
            }

            if (outputElements.Count == 0)
            {
                return Fail<DecisionTable>(decisionId, "The decision table has no output.");
            }

            if (aggregation != CollectAggregation.None && outputElements.Count > 1)
            {
                return Fail<DecisionTable>(decisionId, "A COLLECT aggregation needs a table with a single output.");
            }

            var inputs = new List<DecisionInput>();
            foreach (var (input, index) in inputElements.Select((e, i) => (e, i)))
            {
                var inputId = (string?)input.Attribute("id") ?? $"{tableId}.input{index + 1}";
                var expression = input.Element(ns + "inputExpression");
                if (NotFeel(expression?.Attribute("expressionLanguage")) is { } language)
                {
                    findings.Add(new Finding(inputId, FindingCodes.DecisionUnsupported, $"The input expression is in '{language}', not FEEL."));
                    continue;
                }

                if (Expression(inputId, expression?.Element(ns + "text")?.Value, "input expression", required: true) is { } parsed)
                {
                    inputs.Add(new DecisionInput(inputId, (string?)input.Attribute("label"), parsed, (string?)expression!.Attribute("typeRef")));
                }
            }

            var outputs = new List<DecisionOutput>();
            foreach (var (output, index) in outputElements.Select((e, i) => (e, i)))
            {
                var outputId = (string?)output.Attribute("id") ?? $"{tableId}.output{index + 1}";
                var name = (string?)output.Attribute("name");
                if (string.IsNullOrWhiteSpace(name) && outputElements.Count > 1)
                {
                    findings.Add(new Finding(outputId, FindingCodes.DecisionInvalid, "A table with several outputs needs a name on each output (the result's keys)."));
                    continue;
                }

                var values = output.Element(ns + "outputValues")?.Element(ns + "text")?.Value;
                var valuesList = string.IsNullOrWhiteSpace(values) ? null : Expression(outputId, "[" + values + "]", "output values", required: true);
                var defaultText = output.Element(ns + "defaultOutputEntry")?.Element(ns + "text")?.Value;
                outputs.Add(new DecisionOutput(outputId, name ?? "", (string?)output.Attribute("typeRef"), valuesList,
                    string.IsNullOrWhiteSpace(defaultText) ? null : Expression(outputId, defaultText, "default output entry", required: true)));
            }

            if (hitPolicy is HitPolicy.Priority or HitPolicy.OutputOrder && outputs.All(o => o.OutputValues is null))
            {
                return Fail<DecisionTable>(decisionId, $"The hit policy {hitPolicy} orders by the outputs' output values, and no output has any.");
            }

            var rules = new List<DecisionRule>();
            foreach (var (rule, index) in ruleElements.Select((e, i) => (e, i)))
            {
                var ruleId = (string?)rule.Attribute("id") ?? $"{tableId}.rule{index + 1}";
                var inputEntries = rule.Elements(ns + "inputEntry").ToList();
                var outputEntries = rule.Elements(ns + "outputEntry").ToList();
                if (inputEntries.Count != inputElements.Count || outputEntries.Count != outputElements.Count)
                {
                    findings.Add(new Finding(ruleId, FindingCodes.DecisionInvalid,
                        $"The rule has {inputEntries.Count} input and {outputEntries.Count} output entries; the table has {inputElements.Count} inputs and {outputElements.Count} outputs."));
                    continue;
                }

                var tests = new List<FeelUnaryTests>();
                foreach (var entry in inputEntries)
                {
                    var text = entry.Element(ns + "text")?.Value ?? "";
                    try
                    {
                        tests.Add(FeelUnaryTests.Parse(text, _names));
                    }
                    catch (FeelException ex)
                    {
                        findings.Add(new Finding((string?)entry.Attribute("id") ?? ruleId, FindingCodes.ExpressionInvalid, $"The input entry '{Shorten(text)}' is invalid: {ex.Message}"));
                    }
                }

                var results = outputEntries.Select(e => Expression((string?)e.Attribute("id") ?? ruleId, e.Element(ns + "text")?.Value, "output entry", required: false)).ToList();
                rules.Add(new DecisionRule(ruleId, index + 1, tests, results));
            }

            return new DecisionTable
            {
                Id = tableId,
                HitPolicy = hitPolicy.Value,
                Aggregation = aggregation.Value,
                Inputs = inputs,
                Outputs = outputs,
                Rules = rules,
            };
        }

        private FeelExpression? Expression(string elementId, string? text, string what, bool required)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                if (required)
                {
                    findings.Add(new Finding(elementId, FindingCodes.ExpressionInvalid, $"The {what} is empty."));
                }

                return null;
            }

            try
            {
                return FeelExpression.Parse(text, _names);
            }
            catch (FeelException ex)
            {
                findings.Add(new Finding(elementId, FindingCodes.ExpressionInvalid, $"The {what} '{Shorten(text)}' is invalid: {ex.Message}"));
                return null;
            }
        }

        private T? Fail<T>(string elementId, string message)
        {
            findings.Add(new Finding(elementId, FindingCodes.DecisionInvalid, message));
            return default;
        }

        /// <summary>Every required decision exists, and no decision requires itself, directly or through others.</summary>
        private void CheckRequirements(List<DecisionDefinition> decisions)
        {
            var byId = decisions.ToDictionary(d => d.Id, StringComparer.Ordinal);
            foreach (var decision in decisions)
            {
                foreach (var required in decision.RequiredDecisions.Where(r => !byId.ContainsKey(r)))
                {
                    findings.Add(new Finding(decision.Id, FindingCodes.DecisionInvalid, $"The decision requires '{required}', which is not a decision of this file."));
                }
            }

            // Depth-first with colours, iteratively: a long chain must not exhaust the stack.
            var state = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var start in decisions)
            {
                if (state.ContainsKey(start.Id))
                {
                    continue;
                }

                var stack = new Stack<(DecisionDefinition Decision, int Next)>();
                stack.Push((start, 0));
                state[start.Id] = 1;
                while (stack.Count > 0)
                {
                    var (decision, next) = stack.Pop();
                    if (next >= decision.RequiredDecisions.Count)
                    {
                        state[decision.Id] = 2;
                        continue;
                    }

                    stack.Push((decision, next + 1));
                    if (!byId.TryGetValue(decision.RequiredDecisions[next], out var required))
                    {
                        continue;
                    }

                    switch (state.GetValueOrDefault(required.Id))
                    {
                        case 0:
                            state[required.Id] = 1;
                            stack.Push((required, 0));
                            break;
                        case 1:
                            findings.Add(new Finding(decision.Id, FindingCodes.DecisionCycle,
                                $"The decision requires '{required.Id}', which requires it in turn: required decisions must not form a cycle."));
                            break;
                    }
                }
            }
        }

        private static string? NotFeel(XAttribute? language) =>
            language is null || language.Value.Contains("FEEL", StringComparison.OrdinalIgnoreCase) ? null : language.Value;

        private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
    }
}
