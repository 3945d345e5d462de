namespace Kyzmat.Workflows.Expressions;

/// <summary>
/// Parsed FEEL unary tests, as a DMN decision table's input entries hold them ("-", "&lt; 5", "[1..10]", "\"a\",\"b\"",
/// "not(\"a\")", "? &gt; 5"). A test passes when the input equals its value, lies in its range, is in its list, or — for
/// a test that reads the input as "?" — when the test gives true.
/// </summary>
public sealed class FeelUnaryTests
{
    private readonly ParsedUnaryTests _parsed;

    private FeelUnaryTests(string text, ParsedUnaryTests parsed)
    {
        Text = text;
        _parsed = parsed;
    }

    public string Text { get; }

    /// <summary>True for "-" (or an empty entry): every input passes.</summary>
    public bool MatchesAnything => _parsed.MatchesAnything;

    /// <summary>Parses unary tests; throws <see cref="FeelException"/> on a syntax error.</summary>
    public static FeelUnaryTests Parse(string text, IEnumerable<string>? knownNames = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new FeelUnaryTests(text, FeelParser.ParseUnaryTests(text, knownNames));
    }

    /// <summary>
    /// Whether <paramref name="input"/> passes: true, false, or null when a test cannot tell (a type mismatch), which a
    /// decision table treats as no match. A failure or a limit throws <see cref="FeelException"/>.
    /// </summary>
    public bool? Test(object? input, IReadOnlyDictionary<string, object?> variables, DateTimeOffset now)
    {
        if (_parsed.MatchesAnything)
        {
            return true;
        }

        using var budget = FeelBudget.Begin();
        try
        {
            var scope = FeelScope.Root(name => variables.TryGetValue(name, out var value) ? (true, value) : (false, null)).With("?", input);
            var evaluator = new FeelEvaluator(now);
            var sawNull = false;
            var passed = false;
            foreach (var test in _parsed.Tests)
            {
                var value = evaluator.Evaluate(test.Node, scope);
                var outcome = test.UsesInput && value is bool b ? b : FeelEvaluator.Satisfies(input, value);
                if (outcome == true)
                {
                    passed = true;
                    break;
                }

                sawNull |= outcome is null;
            }

            bool? result = passed ? true : sawNull ? null : false;
            return _parsed.Negated ? !result : result;
        }
        catch (InsufficientExecutionStackException)
        {
            throw FeelBudget.Exceeded("The unary tests nest or recurse too deeply.");
        }
        catch (Exception ex) when (ex is ArithmeticException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw new FeelException(FeelException.EvaluationFailed, $"The unary tests could not be evaluated: {ex.Message}");
        }
    }

    public override string ToString() => Text;
}
