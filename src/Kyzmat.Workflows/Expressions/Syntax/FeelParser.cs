using System.Globalization;

namespace Kyzmat.Workflows.Expressions;

/// <summary>Recursive-descent parser for FEEL expressions (DMN 1.5 grammar, as Camunda's FEEL engine reads it).</summary>
internal sealed partial class FeelParser
{
    /// <summary>The longest expression accepted, in characters.</summary>
    public const int MaxLength = 10_000;

    /// <summary>The deepest syntax tree accepted (nesting and operator chains), which bounds recursion.</summary>
    public const int MaxDepth = 200;

    private const int MaxNesting = 64;
    private readonly string _text;
    private readonly List<FeelToken> _tokens;
    private int _position;
    private int _nesting;

    private FeelParser(string text, IEnumerable<string>? knownNames)
    {
        _text = text;
        _tokens = FeelTokenizer.Tokenize(text);
        _knownNames = knownNames is null ? [] : [.. knownNames.Where(n => n.Length > 0)];
    }

    public static FeelNode Parse(string text, IEnumerable<string>? knownNames = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new FeelException(FeelException.SyntaxError, "The expression is empty.");
        }

        if (text.Length > MaxLength)
        {
            throw new FeelException(FeelException.Unsupported, $"The expression is longer than {MaxLength} characters.");
        }

        var parser = new FeelParser(text, knownNames);
        var node = parser.ParseExpression();
        if (parser.Current.Kind != FeelTokenKind.End)
        {
            throw parser.Error($"Unexpected '{parser.Current.Text}'");
        }

        if (node.Depth > MaxDepth)
        {
            throw new FeelException(FeelException.Unsupported, $"The expression is nested or chained deeper than {MaxDepth} levels.");
        }

        return node;
    }

    private FeelToken Current => _tokens[_position];

    private FeelToken Peek(int ahead) => _tokens[Math.Min(_position + ahead, _tokens.Count - 1)];

    private FeelException Error(string what) =>
        new(FeelException.SyntaxError, $"{what} at position {Current.Position + 1}.");

    private bool Accept(string symbol)
    {
        if (Current.Is(symbol))
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(string symbol)
    {
        if (!Accept(symbol))
        {
            throw Error($"Expected '{symbol}' but found '{(Current.Kind == FeelTokenKind.End ? "end of expression" : Current.Text)}'");
        }
    }

    private FeelNode ParseExpression()
    {
        if (++_nesting > MaxNesting)
        {
            throw new FeelException(FeelException.Unsupported, $"The expression is nested deeper than {MaxNesting} levels.");
        }

        try
        {
            return ParseDisjunction();
        }
        finally
        {
            _nesting--;
        }
    }

    private FeelNode ParseDisjunction()
    {
        var left = ParseConjunction();
        while (Accept("or"))
        {
            left = new BinaryNode("or", left, ParseConjunction());
        }

        return left;
    }

    private FeelNode ParseConjunction()
    {
        var left = ParseComparison();
        while (Accept("and"))
        {
            left = new BinaryNode("and", left, ParseComparison());
        }

        return left;
    }

    private FeelNode ParseComparison()
    {
        var left = ParseAdditive();
        while (true)
        {
            if (Current.Kind == FeelTokenKind.Symbol && Current.Text is "=" or "!=" or "<=" or ">=" or "<" or ">")
            {
                var op = Current.Text;
                _position++;
                left = new BinaryNode(op, left, ParseAdditive());
            }
            else if (Accept("between"))
            {
                var low = ParseAdditive();
                Expect("and");
                left = new BetweenNode(left, low, ParseAdditive());
            }
            else if (Accept("in"))
            {
                left = new InNode(left, ParseInTests());
            }
            else if (Current.Is("instance") && Peek(1).Is("of"))
            {
                _position += 2;
                left = new InstanceOfNode(left, ParseType());
            }
            else
            {
                return left;
            }
        }
    }

    private FeelNode ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind == FeelTokenKind.Symbol && Current.Text is "+" or "-")
        {
            var op = Current.Text;
            _position++;
            left = new BinaryNode(op, left, ParseMultiplicative());
        }

        return left;
    }

    private FeelNode ParseMultiplicative()
    {
        var left = ParseExponentiation();
        while (Current.Kind == FeelTokenKind.Symbol && Current.Text is "*" or "/")
        {
            var op = Current.Text;
            _position++;
            left = new BinaryNode(op, left, ParseExponentiation());
        }

        return left;
    }

    // Left-associative, and binding looser than negation: -3 ** 2 is 9, 3 ** 4 ** 5 is (3 ** 4) ** 5 (DMN TCK 0075).
    private FeelNode ParseExponentiation()
    {
        var left = ParseUnary();
        while (Accept("**"))
        {
            left = new BinaryNode("**", left, ParseUnary());
        }

        return left;
    }

    private FeelNode ParseUnary()
    {
        var negations = 0;
        while (Accept("-"))
        {
            negations++;
        }

        var node = ParsePostfix();
        for (var i = 0; i < negations; i++)
        {
            node = new NegationNode(node);
        }

        return node;
    }

    private static decimal ParseNumber(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FeelException(FeelException.Unsupported, $"The number {text[..Math.Min(text.Length, 40)]} is out of range.");
}
