namespace Kyzmat.Workflows.Expressions;

/// <summary>Lists, ranges ([1..5], (1..5], ]1..5[) and contexts ({a: 1, "b c": a + 1}).</summary>
internal sealed partial class FeelParser
{
    private FeelNode ParseListOrRange()
    {
        var items = new List<FeelNode>();
        if (Accept("]"))
        {
            return new ListNode(items);
        }

        var first = Nested(ParseExpression);
        if (Accept(".."))
        {
            return ParseRangeEnd(first, startIncluded: true);
        }

        items.Add(first);
        while (Accept(","))
        {
            items.Add(Nested(ParseExpression));
        }

        Expect("]");
        return new ListNode(items);
    }

    private RangeNode ParseRangeEnd(FeelNode start, bool startIncluded)
    {
        var saved = _inRangeEnd;
        _inRangeEnd = true;
        var end = ParseExpression();
        _inRangeEnd = saved;
        if (Accept("]"))
        {
            return new RangeNode(start, startIncluded, end, true);
        }

        if (Accept(")") || Accept("["))
        {
            return new RangeNode(start, startIncluded, end, false);
        }

        throw Error("Expected ']', ')' or '[' to close the range");
    }

    private ContextNode ParseContext()
    {
        var entries = new List<KeyValuePair<string, FeelNode>>();
        var bound = 0;
        if (!Accept("}"))
        {
            do
            {
                var key = ParseContextKey();
                Expect(":");
                // Bound before its value is read, so that a function entry may call itself.
                Bind(key);
                bound++;
                entries.Add(new(key, Nested(ParseExpression)));
            }
            while (Accept(","));
            Expect("}");
        }

        Unbind(bound);
        return new ContextNode(entries);
    }

    private string ParseContextKey()
    {
        if (Current.Kind == FeelTokenKind.String)
        {
            _position++;
            return _tokens[_position - 1].Text;
        }

        // A key is any text up to the ':' ("foo bar", "foo+bar"), with its spaces normalised.
        var first = _position;
        while (!Current.Is(":") && Current.Kind is FeelTokenKind.Name or FeelTokenKind.Number or FeelTokenKind.Symbol && !Current.Is(",") && !Current.Is("}"))
        {
            _position++;
        }

        if (_position == first)
        {
            throw Error("Expected a context key");
        }

        var raw = _text[_tokens[first].Position.._tokens[_position - 1].End];
        return string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
