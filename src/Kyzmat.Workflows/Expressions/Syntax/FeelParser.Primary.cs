namespace Kyzmat.Workflows.Expressions;

/// <summary>Postfix operators (paths, filters, calls) and primary expressions that start with a symbol or literal.</summary>
internal sealed partial class FeelParser
{
    // While reading a range's end, '[' closes the range ("[1..5[") instead of starting a filter.
    private bool _inRangeEnd;

    private FeelNode ParsePostfix()
    {
        var node = ParsePrimary();
        while (true)
        {
            if (Accept("."))
            {
                node = new PathNode(node, ReadName("a name after '.'"));
            }
            else if (!_inRangeEnd && Accept("["))
            {
                _openScopes++;
                var filter = Nested(ParseExpression);
                _openScopes--;
                Expect("]");
                node = new FilterNode(node, filter);
            }
            else if (Current.Is("("))
            {
                node = ParseCall(node);
            }
            else
            {
                return node;
            }
        }
    }

    private FeelNode ParseCall(FeelNode callee)
    {
        Expect("(");
        var arguments = new List<FeelNode>();
        List<string>? names = null;
        if (!Accept(")"))
        {
            do
            {
                if (IsNamedArgument())
                {
                    names ??= [];
                    names.Add(ReadName("a parameter name"));
                    Expect(":");
                }
                else if (names is not null)
                {
                    throw Error("Positional arguments cannot follow named ones");
                }

                arguments.Add(Nested(ParseExpression));
            }
            while (Accept(","));
            Expect(")");
        }

        if (callee is NameNode { Name: var name } && !_bound.Contains(name) && !_knownNames.Contains(name))
        {
            if (!IsCallable(name))
            {
                throw new FeelException(FeelException.Unsupported, $"There is no function '{name}'.");
            }

            if (Builtins.Exists(name) && !Builtins.Accepts(name, arguments.Count, names))
            {
                throw Error($"The function '{name}' does not take {(names is null ? $"{arguments.Count} argument(s)" : $"the parameters {string.Join(", ", names)}")}");
            }
        }

        return new CallNode(callee, arguments, names);
    }

    private bool IsNamedArgument()
    {
        var ahead = 0;
        while (IsNameToken(Peek(ahead)))
        {
            ahead++;
        }

        return ahead > 0 && Peek(ahead).Is(":");
    }

    private T Nested<T>(Func<T> parse)
    {
        var saved = _inRangeEnd;
        _inRangeEnd = false;
        try
        {
            return parse();
        }
        finally
        {
            _inRangeEnd = saved;
        }
    }

    private FeelNode ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case FeelTokenKind.Number:
                _position++;
                return new LiteralNode(ParseNumber(token.Text));
            case FeelTokenKind.String:
                _position++;
                return new LiteralNode(token.Text);
            case FeelTokenKind.At:
                _position++;
                return new LiteralNode(TemporalParser.ParseAtLiteral(token.Text)
                    ?? throw Error($"'@\"{token.Text}\"' is not a date, time or duration"));
            case FeelTokenKind.End:
                throw Error("Unexpected end of expression");
            case FeelTokenKind.Symbol:
                return ParseSymbolPrimary();
            default:
                return ParseWordPrimary();
        }
    }

    private FeelNode ParseSymbolPrimary()
    {
        if (Current.Is("(") && Peek(1).Kind == FeelTokenKind.Symbol && Peek(1).Text is "<" or "<=" or ">" or ">=" or "=" or "!=")
        {
            _position++;
            var test = Nested(ParseUnaryTest);
            Expect(")");
            return test;
        }

        if (Accept("("))
        {
            var inner = Nested(ParseExpression);
            if (Accept(".."))
            {
                return ParseRangeEnd(inner, startIncluded: false);
            }

            Expect(")");
            return inner;
        }

        if (Accept("]"))
        {
            var start = Nested(ParseExpression);
            Expect("..");
            return ParseRangeEnd(start, startIncluded: false);
        }

        if (Accept("["))
        {
            return ParseListOrRange();
        }

        if (Accept("{"))
        {
            return ParseContext();
        }

        throw Error($"Unexpected '{Current.Text}'");
    }
}
