using System.Globalization;

namespace Kyzmat.Workflows.Expressions;

/// <summary>Primary expressions: literals, names, lists, contexts and the built-in functions.</summary>
internal sealed partial class FeelParser
{
    private FeelNode ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case FeelTokenKind.Number:
                _position++;
                return new LiteralNode(decimal.Parse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            case FeelTokenKind.String:
                _position++;
                return new LiteralNode(token.Text);
            case FeelTokenKind.End:
                throw Error("Unexpected end of expression");
            case FeelTokenKind.Symbol:
                return ParseSymbolPrimary();
            default:
                return ParseNamePrimary();
        }
    }

    private FeelNode ParseSymbolPrimary()
    {
        if (Accept("("))
        {
            var inner = ParseExpression();
            Expect(")");
            return inner;
        }

        if (Accept("["))
        {
            var items = new List<FeelNode>();
            if (!Accept("]"))
            {
                do
                {
                    items.Add(ParseExpression());
                }
                while (Accept(","));
                Expect("]");
            }

            return new ListNode(items);
        }

        if (Accept("{"))
        {
            var entries = new List<KeyValuePair<string, FeelNode>>();
            if (!Accept("}"))
            {
                do
                {
                    if (Current.Kind is not (FeelTokenKind.Name or FeelTokenKind.String))
                    {
                        throw Error("Expected a context key");
                    }

                    var key = Current.Text;
                    _position++;
                    Expect(":");
                    entries.Add(new(key, ParseExpression()));
                }
                while (Accept(","));
                Expect("}");
            }

            return new ContextNode(entries);
        }

        throw Error($"Unexpected '{Current.Text}'");
    }

    private FeelNode ParseNamePrimary()
    {
        var name = Current.Text;
        switch (name)
        {
            case "true": _position++; return new LiteralNode(true);
            case "false": _position++; return new LiteralNode(false);
            case "null": _position++; return new LiteralNode(null);
            case "function" or "for" or "some" or "every":
                throw new FeelException(FeelException.Unsupported, $"'{name}' is outside the supported FEEL subset.");
        }

        // Multi-word built-ins: "date and time(", "is defined(", "list contains(".
        var function = name;
        var words = 1;
        if (name == "date" && Peek(1).Is("and") && Peek(2).Is("time") && Peek(3).Is("("))
        {
            function = "date and time";
            words = 3;
        }
        else if ((name == "is" && Peek(1).Is("defined") && Peek(2).Is("(")) || (name == "list" && Peek(1).Is("contains") && Peek(2).Is("(")))
        {
            function = name + " " + Peek(1).Text;
            words = 2;
        }

        if (Keywords.Contains(name) && words == 1)
        {
            throw Error($"Unexpected keyword '{name}'");
        }

        if (!Peek(words).Is("("))
        {
            _position++;
            return new NameNode(name);
        }

        if (!Functions.TryGetValue(function, out var arity))
        {
            throw new FeelException(FeelException.Unsupported, $"The function '{function}' is outside the supported FEEL subset.");
        }

        _position += words + 1;
        var arguments = new List<FeelNode>();
        if (!Accept(")"))
        {
            do
            {
                arguments.Add(ParseExpression());
            }
            while (Accept(","));
            Expect(")");
        }

        if (arguments.Count < arity.Min || arguments.Count > arity.Max)
        {
            throw Error($"The function '{function}' takes {arity.Min} argument(s), not {arguments.Count},");
        }

        if (function == "is defined" && arguments[0] is not (NameNode or PathNode))
        {
            throw Error("'is defined' takes a variable or a path,");
        }

        return new CallNode(function, arguments);
    }
}
