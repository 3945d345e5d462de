using System.Globalization;

namespace Kyzmat.Workflows.Expressions;

/// <summary>Recursive-descent parser for the supported FEEL subset.</summary>
internal sealed partial class FeelParser
{
    private static readonly Dictionary<string, (int Min, int Max)> Functions = new(StringComparer.Ordinal)
    {
        ["not"] = (1, 1),
        ["now"] = (0, 0),
        ["date and time"] = (1, 1),
        ["duration"] = (1, 1),
        ["is defined"] = (1, 1),
        ["list contains"] = (2, 2),
    };

    private static readonly HashSet<string> Keywords = ["and", "or", "if", "then", "else", "in", "true", "false", "null"];

    /// <summary>The longest expression accepted, in characters.</summary>
    public const int MaxLength = 10_000;

    /// <summary>The deepest syntax tree accepted (nesting and operator chains), which bounds recursion.</summary>
    public const int MaxDepth = 200;

    private const int MaxNesting = 64;
    private readonly List<FeelToken> _tokens;
    private int _position;
    private int _nesting;

    private FeelParser(List<FeelToken> tokens) => _tokens = tokens;

    public static FeelNode Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new FeelException(FeelException.SyntaxError, "The expression is empty.");
        }

        if (text.Length > MaxLength)
        {
            throw new FeelException(FeelException.Unsupported, $"The expression is longer than {MaxLength} characters.");
        }

        var parser = new FeelParser(FeelTokenizer.Tokenize(text));
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
            return ParseExpressionBody();
        }
        finally
        {
            _nesting--;
        }
    }

    private FeelNode ParseExpressionBody()
    {
        if (Accept("if"))
        {
            var condition = ParseExpression();
            Expect("then");
            var then = ParseExpression();
            Expect("else");
            return new IfNode(condition, then, ParseExpression());
        }

        return ParseOr();
    }

    private FeelNode ParseOr()
    {
        var left = ParseAnd();
        while (Accept("or"))
        {
            left = new BinaryNode("or", left, ParseAnd());
        }

        return left;
    }

    private FeelNode ParseAnd()
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
        foreach (var op in (string[])["=", "!=", "<=", ">=", "<", ">"])
        {
            if (Accept(op))
            {
                return new BinaryNode(op, left, ParseAdditive());
            }
        }

        if (Accept("in"))
        {
            return new InNode(left, ParseAdditive());
        }

        if (Current.Is("between") || Current.Is("instance"))
        {
            throw new FeelException(FeelException.Unsupported, $"'{Current.Text}' is outside the supported FEEL subset.");
        }

        return left;
    }

    private FeelNode ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Is("+") || Current.Is("-"))
        {
            var op = Current.Text;
            _position++;
            left = new BinaryNode(op, left, ParseMultiplicative());
        }

        return left;
    }

    private FeelNode ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Is("*") || Current.Is("/"))
        {
            var op = Current.Text;
            _position++;
            left = new BinaryNode(op, left, ParseUnary());
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
            node = new UnaryNode("-", node);
        }

        return node;
    }

    private FeelNode ParsePostfix()
    {
        var node = ParsePrimary();
        while (true)
        {
            if (Accept("."))
            {
                if (Current.Kind != FeelTokenKind.Name)
                {
                    throw Error("Expected a name after '.'");
                }

                node = new PathNode(node, Current.Text);
                _position++;
            }
            else if (Accept("["))
            {
                var index = ParseExpression();
                Expect("]");
                node = new IndexNode(node, index);
            }
            else
            {
                return node;
            }
        }
    }
}
