namespace Kyzmat.Workflows.Expressions;

/// <summary>The right side of "in" (positive unary tests) and the type after "instance of".</summary>
internal sealed partial class FeelParser
{
    private List<FeelNode> ParseInTests()
    {
        if (Current.Is("(") && IsTestList())
        {
            _position++;
            var tests = new List<FeelNode>();
            do
            {
                tests.Add(Nested(ParseUnaryTest));
            }
            while (Accept(","));
            Expect(")");
            return tests;
        }

        return [ParseUnaryTest()];
    }

    /// <summary>Whether "(" opens a list of tests — "(1, 2)", "(&lt; 5)" — rather than a range or a parenthesised expression.</summary>
    private bool IsTestList()
    {
        if (Peek(1).Kind == FeelTokenKind.Symbol && Peek(1).Text is "<" or "<=" or ">" or ">=" or "=" or "!=")
        {
            return true;
        }

        var depth = 0;
        for (var i = _position; i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            if (token.Kind != FeelTokenKind.Symbol)
            {
                continue;
            }

            if (token.Text is "(" or "[" or "{")
            {
                depth++;
            }
            else if (token.Text is ")" or "]" or "}")
            {
                if (--depth == 0)
                {
                    return false;
                }
            }
            else if (depth == 1 && token.Text == "..")
            {
                return false;
            }
            else if (depth == 1 && token.Text == ",")
            {
                return true;
            }
        }

        return false;
    }

    private FeelNode ParseUnaryTest()
    {
        if (Current.Kind == FeelTokenKind.Symbol && Current.Text is "=" or "!=")
        {
            var negated = Current.Text == "!=";
            _position++;
            return new ComparisonTestNode(negated, ParseAdditive());
        }

        if (Current.Kind == FeelTokenKind.Symbol && Current.Text is "<" or "<=" or ">" or ">=")
        {
            var op = Current.Text;
            _position++;
            var bound = ParseAdditive();
            return op switch
            {
                "<" => new RangeNode(null, false, bound, false),
                "<=" => new RangeNode(null, false, bound, true),
                ">" => new RangeNode(bound, false, null, false),
                _ => new RangeNode(bound, true, null, false),
            };
        }

        return ParseAdditive();
    }

    private FeelTypeRef ParseType()
    {
        if (Current.Kind != FeelTokenKind.Name)
        {
            throw Error("Expected a type name");
        }

        if (Current.Text is "list" or "range" && Peek(1).Is("<"))
        {
            var name = Current.Text;
            _position += 2;
            var element = ParseType();
            Expect(">");
            return new FeelTypeRef(name, [element]);
        }

        if (Current.Text == "context" && Peek(1).Is("<"))
        {
            _position += 2;
            var names = new List<string>();
            var types = new List<FeelTypeRef>();
            do
            {
                names.Add(ReadName("a context entry name"));
                Expect(":");
                types.Add(ParseType());
            }
            while (Accept(","));
            Expect(">");
            return new FeelTypeRef("context", types, names);
        }

        if (Current.Text == "function" && Peek(1).Is("<"))
        {
            _position += 2;
            var parameters = new List<FeelTypeRef>();
            if (!Accept(">"))
            {
                do
                {
                    parameters.Add(ParseType());
                }
                while (Accept(","));
                Expect(">");
            }

            Expect("->");
            return new FeelTypeRef("function", parameters, null, ParseType());
        }

        // Type names may contain the keyword "and" (date and time, days and time duration).
        var words = new List<string>();
        while (Current.Kind == FeelTokenKind.Name && (words.Count == 0 || !Keywords.Contains(Current.Text) || (Current.Text == "and" && Peek(1).Kind == FeelTokenKind.Name && words[^1] is "date" or "days" or "years")))
        {
            words.Add(Current.Text);
            _position++;
        }

        return new FeelTypeRef(string.Join(' ', words));
    }
}
