namespace Kyzmat.Workflows.Expressions;

/// <summary>Primary expressions that start with a word: literals, if, for, some/every, function definitions and names.</summary>
internal sealed partial class FeelParser
{
    private FeelNode ParseWordPrimary()
    {
        switch (Current.Text)
        {
            case "true": _position++; return new LiteralNode(true);
            case "false": _position++; return new LiteralNode(false);
            case "null": _position++; return new LiteralNode(null);
            case "if": _position++; return Nested(ParseIf);
            case "for": _position++; return Nested(ParseFor);
            case "some" or "every" when Peek(1).Kind == FeelTokenKind.Name:
                var every = Current.Text == "every";
                _position++;
                return Nested(() => ParseQuantified(every));
            case "function" when Peek(1).Is("("):
                _position++;
                return Nested(ParseFunction);
        }

        if (Keywords.Contains(Current.Text) && MatchDeclaredName() is null)
        {
            throw Error($"Unexpected keyword '{Current.Text}'");
        }

        return new NameNode(ReadName("a name"));
    }

    private IfNode ParseIf()
    {
        var condition = ParseExpression();
        Expect("then");
        var then = ParseExpression();
        Expect("else");
        return new IfNode(condition, then, ParseExpression());
    }

    private ForNode ParseFor()
    {
        var iterators = ParseIterators();
        Bind("partial");
        Expect("return");
        var body = ParseExpression();
        Unbind(iterators.Count + 1);
        return new ForNode(iterators, body);
    }

    private QuantifiedNode ParseQuantified(bool every)
    {
        var iterators = ParseIterators();
        Expect("satisfies");
        var condition = ParseExpression();
        Unbind(iterators.Count);
        return new QuantifiedNode(every, iterators, condition);
    }

    /// <summary>name in expression [.. expression], … — each name is bound for the iterators after it and the body.</summary>
    private List<Iterator> ParseIterators()
    {
        var iterators = new List<Iterator>();
        do
        {
            var name = ReadName("an iteration variable");
            Expect("in");
            var collection = ParseExpression();
            var end = Accept("..") ? ParseExpression() : null;
            iterators.Add(new Iterator(name, collection, end));
            Bind(name);
        }
        while (Accept(","));
        return iterators;
    }

    private FunctionNode ParseFunction()
    {
        Expect("(");
        var parameters = new List<string>();
        if (!Accept(")"))
        {
            do
            {
                parameters.Add(ReadName("a parameter name"));
                if (Accept(":"))
                {
                    // A parameter's type is read and not enforced, as Camunda does.
                    ParseType();
                }
            }
            while (Accept(","));
            Expect(")");
        }

        foreach (var parameter in parameters)
        {
            Bind(parameter);
        }

        var body = ParseExpression();
        Unbind(parameters.Count);
        return new FunctionNode(parameters, body);
    }
}
