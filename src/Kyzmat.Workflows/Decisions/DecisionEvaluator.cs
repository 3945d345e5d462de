using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Decisions;

/// <summary>
/// Evaluates a decision of a <see cref="DecisionGraph"/> over FEEL values, as Camunda 8 does: its required decisions
/// first (each once, its result visible by name and id), then its decision table or literal expression.
/// </summary>
public sealed class DecisionEvaluator
{
    private static readonly Dictionary<CollectAggregation, FeelExpression> Aggregations = new()
    {
        [CollectAggregation.Sum] = FeelExpression.Parse("sum(values)"),
        [CollectAggregation.Min] = FeelExpression.Parse("min(values)"),
        [CollectAggregation.Max] = FeelExpression.Parse("max(values)"),
        [CollectAggregation.Count] = FeelExpression.Parse("count(values)"),
    };

    private readonly DecisionGraph _graph;
    private readonly DmnTypes? _types;

    /// <param name="graph">The parsed DRG.</param>
    /// <param name="coerceTypes">
    /// Coerce each decision's result to its typeRef (a value that does not conform becomes null), as DMN 1.5 asks;
    /// Camunda 8 does not, so the engine leaves it off.
    /// </param>
    public DecisionEvaluator(DecisionGraph graph, bool coerceTypes = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
        _types = coerceTypes ? new DmnTypes(graph.ItemDefinitions) : null;
    }

    /// <summary>Evaluates <paramref name="decisionId"/>; throws <see cref="DecisionEvaluationException"/> when it cannot.</summary>
    public DecisionEvaluation Evaluate(string decisionId, IReadOnlyDictionary<string, object?> variables, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var decision = _graph.Decision(decisionId) ?? throw new DecisionEvaluationException(decisionId, $"The DRG '{_graph.Id}' has no decision '{decisionId}'.");
        var run = new Run(this, variables, now);
        var output = run.Decision(decision);
        return new DecisionEvaluation(output, run.Evaluated);
    }

    private sealed class Run(DecisionEvaluator evaluator, IReadOnlyDictionary<string, object?> variables, DateTimeOffset now)
    {
        private readonly Dictionary<string, object?> _results = new(StringComparer.Ordinal);
        private readonly HashSet<string> _evaluating = new(StringComparer.Ordinal);

        public List<EvaluatedDecision> Evaluated { get; } = [];

        public object? Decision(DecisionDefinition decision)
        {
            if (_results.TryGetValue(decision.Id, out var known))
            {
                return known;
            }

            if (!_evaluating.Add(decision.Id))
            {
                throw new DecisionEvaluationException(decision.Id, $"The decision '{decision.Id}' requires itself.");
            }

            // The decision sees the caller's variables and, over them, the results of the decisions it requires.
            var context = new Dictionary<string, object?>(variables, StringComparer.Ordinal);
            foreach (var requiredId in decision.RequiredDecisions)
            {
                var required = evaluator._graph.Decision(requiredId)
                    ?? throw new DecisionEvaluationException(decision.Id, $"The decision '{decision.Id}' requires '{requiredId}', which is not in the DRG.");
                var value = Decision(required);
                context[required.Id] = value;
                context[required.VariableName] = value;
            }

            var matched = new List<MatchedRule>();
            object? output;
            try
            {
                output = decision.Table is { } table ? Table(decision, table, context, matched) : decision.Literal!.Expression.Evaluate(context, now);
            }
            catch (FeelException ex)
            {
                throw new DecisionEvaluationException(decision.Id, $"Decision '{decision.Id}': {ex.Message}");
            }

            if (evaluator._types is { } types)
            {
                output = types.Coerce(output, decision.TypeRef);
            }

            _evaluating.Remove(decision.Id);
            _results[decision.Id] = output;
            Evaluated.Add(new EvaluatedDecision(decision.Id, decision.Name, output, matched));
            return output;
        }

        private object? Table(DecisionDefinition decision, DecisionTable table, Dictionary<string, object?> context, List<MatchedRule> matched)
        {
            var inputs = new object?[table.Inputs.Count];
            for (var i = 0; i < inputs.Length; i++)
            {
                try
                {
                    inputs[i] = table.Inputs[i].Expression.Evaluate(context, now);
                }
                catch (FeelException ex)
                {
                    throw new FeelException(ex.Code, $"the input '{table.Inputs[i].Label ?? table.Inputs[i].Expression.Text}' failed: {ex.Message}");
                }
            }

            var hits = new List<DecisionRule>();
            foreach (var rule in table.Rules)
            {
                var matches = true;
                for (var i = 0; i < inputs.Length && matches; i++)
                {
                    matches = rule.InputEntries[i].Test(inputs[i], context, now) == true;
                }

                if (matches)
                {
                    hits.Add(rule);
                    if (table.HitPolicy == HitPolicy.First)
                    {
                        break;
                    }
                }
            }

            if (table.HitPolicy == HitPolicy.Unique && hits.Count > 1)
            {
                throw new FeelException(FeelException.EvaluationFailed,
                    $"the hit policy UNIQUE allows one matching rule, but {hits.Count} matched: {string.Join(", ", hits.Select(h => h.Id))}.");
            }

            if (hits.Count == 0)
            {
                return NoMatch(table, context);
            }

            var outputs = hits.Select(h => (Rule: h, Value: Output(table, h.OutputEntries, context))).ToList();
            if (table.HitPolicy is HitPolicy.Priority or HitPolicy.OutputOrder)
            {
                var orders = table.Outputs.Select(o => o.OutputValues?.Evaluate(context, now) as List<object?>).ToList();
                outputs = outputs.OrderBy(o => o, Comparer<(DecisionRule Rule, object? Value)>.Create((a, b) => ComparePriority(table, orders, a.Value, b.Value))).ToList();
            }

            switch (table.HitPolicy)
            {
                case HitPolicy.Unique or HitPolicy.First or HitPolicy.Priority:
                    matched.Add(new MatchedRule(outputs[0].Rule.Id, outputs[0].Rule.Index));
                    return outputs[0].Value;
                case HitPolicy.Any:
                    if (outputs.Skip(1).Any(o => FeelComparer.Equal(o.Value, outputs[0].Value) != true))
                    {
                        throw new FeelException(FeelException.EvaluationFailed,
                            $"the hit policy ANY needs every matching rule to give the same output, but {string.Join(", ", outputs.Select(o => o.Rule.Id))} differ.");
                    }

                    matched.Add(new MatchedRule(outputs[0].Rule.Id, outputs[0].Rule.Index));
                    return outputs[0].Value;
                default:
                    matched.AddRange(outputs.Select(o => new MatchedRule(o.Rule.Id, o.Rule.Index)));
                    return Collect(table, outputs.Select(o => o.Value).ToList());
            }
        }

        /// <summary>No rule matched: the default output entries when the table has any, else null (an empty list for a plain COLLECT).</summary>
        private object? NoMatch(DecisionTable table, Dictionary<string, object?> context)
        {
            if (table.Outputs.All(o => o.Default is null))
            {
                return table.HitPolicy is HitPolicy.Collect or HitPolicy.RuleOrder or HitPolicy.OutputOrder
                    ? (table.Aggregation == CollectAggregation.None ? new List<object?>() : Collect(table, []))
                    : null;
            }

            var value = Output(table, table.Outputs.Select(o => o.Default).ToList(), context);
            return table.HitPolicy is HitPolicy.Collect or HitPolicy.RuleOrder or HitPolicy.OutputOrder ? Collect(table, [value]) : value;
        }

        private object? Collect(DecisionTable table, List<object?> values)
        {
            if (table.Aggregation == CollectAggregation.None)
            {
                return values;
            }

            if (table.Aggregation == CollectAggregation.Count)
            {
                return (decimal)values.Count;
            }

            var result = Aggregations[table.Aggregation].Evaluate(new Dictionary<string, object?> { ["values"] = values }, now);
            if (result is null && values.Count > 0)
            {
                throw new FeelException(FeelException.EvaluationFailed, $"the aggregation {table.Aggregation.ToString().ToUpperInvariant()} cannot combine the outputs {FeelValues.ToJson(values)?.ToJsonString()}.");
            }

            return result;
        }

        /// <summary>One rule's result: the value of its single output, or a context of every output by name.</summary>
        private object? Output(DecisionTable table, IReadOnlyList<FeelExpression?> entries, Dictionary<string, object?> context)
        {
            if (table.Outputs.Count == 1)
            {
                return entries[0]?.Evaluate(context, now);
            }

            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < table.Outputs.Count; i++)
            {
                result[table.Outputs[i].Name] = entries[i]?.Evaluate(context, now);
            }

            return result;
        }

        /// <summary>Orders two outputs by the position of their values in each output's output values, the first output first.</summary>
        private static int ComparePriority(DecisionTable table, List<List<object?>?> orders, object? a, object? b)
        {
            for (var i = 0; i < table.Outputs.Count; i++)
            {
                if (orders[i] is not { } order)
                {
                    continue;
                }

                var valueA = table.Outputs.Count == 1 ? a : (a as Dictionary<string, object?>)?.GetValueOrDefault(table.Outputs[i].Name);
                var valueB = table.Outputs.Count == 1 ? b : (b as Dictionary<string, object?>)?.GetValueOrDefault(table.Outputs[i].Name);
                var compared = Position(order, valueA).CompareTo(Position(order, valueB));
                if (compared != 0)
                {
                    return compared;
                }
            }

            return 0;
        }

        private static int Position(List<object?> order, object? value)
        {
            var index = order.FindIndex(v => FeelComparer.Equal(v, value) == true);
            return index < 0 ? order.Count : index;
        }
    }
}
