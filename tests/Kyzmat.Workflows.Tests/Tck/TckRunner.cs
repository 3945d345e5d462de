using System.Diagnostics.CodeAnalysis;
using Kyzmat.Workflows.Decisions;
using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Tests.Tck;

/// <summary>Evaluates one folder's literal-expression decisions for each test case and compares the results.</summary>
internal sealed class TckRunner
{
    private static readonly DateTimeOffset Now = new(2024, 6, 15, 12, 0, 0, TimeSpan.Zero);
    private readonly DmnModel _model;
    private readonly DmnTypes _types;
    private readonly Dictionary<string, FeelExpression?> _parsed = new(StringComparer.Ordinal);

    public TckRunner(DmnModel model)
    {
        _model = model;
        _types = new DmnTypes(model.ItemDefinitions);
    }

    public TckOutcome Run(TckCase testCase, TckResult result)
    {
        var variables = new CaseVariables(this, testCase);
        var expected = result.Expected is null ? null : TckCases.ReadValue(result.Expected, _model.Decisions.GetValueOrDefault(result.Decision)?.TypeRef, _model);
        object? actual;
        string? error = null;
        try
        {
            actual = variables.Decision(result.Decision);
        }
        catch (FeelException ex)
        {
            actual = null;
            error = ex.Message;
        }

        var passed = result.ErrorExpected ? actual is null : TckValueComparer.Matches(expected, actual);
        return new TckOutcome(passed, result.ErrorExpected ? "error (null)" : TckValueComparer.Describe(expected), error ?? TckValueComparer.Describe(actual));
    }

    private FeelExpression? Parse(DmnDecision decision)
    {
        if (!_parsed.TryGetValue(decision.Name, out var expression))
        {
            try
            {
                expression = decision.Text is null ? null : FeelExpression.Parse(decision.Text, _model.Names);
            }
            catch (FeelException)
            {
                expression = null;
            }

            _parsed[decision.Name] = expression;
        }

        return expression ?? throw new FeelException(FeelException.SyntaxError, $"Decision '{decision.Name}' does not parse.");
    }

    /// <summary>The variables of one test case: its inputs (coerced to their types) and the decisions, evaluated when first read.</summary>
    private sealed class CaseVariables(TckRunner runner, TckCase testCase) : IReadOnlyDictionary<string, object?>
    {
        private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
        private readonly HashSet<string> _evaluating = new(StringComparer.Ordinal);

        public object? Decision(string name)
        {
            if (_values.TryGetValue(name, out var known))
            {
                return known;
            }

            if (testCase.Inputs.TryGetValue(name, out var supplied))
            {
                var typeRef = runner._model.Decisions.GetValueOrDefault(name)?.TypeRef ?? runner._model.InputTypes.GetValueOrDefault(name);
                return _values[name] = runner._types.Coerce(TckCases.ReadValue(supplied, typeRef, runner._model), typeRef);
            }

            var decision = runner._model.Decisions.GetValueOrDefault(name)
                ?? throw new FeelException(FeelException.EvaluationFailed, $"There is no decision '{name}'.");
            if (!_evaluating.Add(name))
            {
                throw new FeelException(FeelException.EvaluationFailed, $"Decision '{name}' depends on itself.");
            }

            var value = runner.Parse(decision)!.Evaluate(this, Now);
            _evaluating.Remove(name);
            return _values[name] = runner._types.Coerce(value, decision.TypeRef);
        }

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
        {
            if (testCase.Inputs.ContainsKey(key) || runner._model.Decisions.ContainsKey(key))
            {
                value = Decision(key);
                return true;
            }

            value = null;
            return runner._model.InputTypes.ContainsKey(key);
        }

        public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

        public IEnumerable<string> Keys => _values.Keys;

        public IEnumerable<object?> Values => _values.Values;

        public int Count => _values.Count;

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

internal sealed record TckOutcome(bool Passed, string Expected, string Actual);
