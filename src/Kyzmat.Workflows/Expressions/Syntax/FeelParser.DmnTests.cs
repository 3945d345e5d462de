namespace Kyzmat.Workflows.Expressions;

/// <summary>
/// The unary tests of a DMN input entry (DMN 1.5 §7.3.2 grammar rules 1-2): "-", "not(tests)", or tests separated by
/// commas, each a comparison ("&lt; 5", "!= x"), a range, or any expression (which may read the input as "?").
/// </summary>
internal sealed partial class FeelParser
{
    public static ParsedUnaryTests ParseUnaryTests(string text, IEnumerable<string>? knownNames)
    {
        var body = text.Trim();
        if (body.Length == 0 || body == "-")
        {
            return new ParsedUnaryTests(true, false, []);
        }

        if (body.Length > MaxLength)
        {
            throw new FeelException(FeelException.Unsupported, $"The unary tests are longer than {MaxLength} characters.");
        }

        var parser = new FeelParser(body, knownNames);
        var negated = false;
        if (parser.Current.Is("not") && parser.Peek(1).Is("(") && parser.ClosesAtEnd(1))
        {
            negated = true;
            parser._position += 2;
        }

        var tests = new List<ParsedUnaryTest>();
        do
        {
            var start = parser._position;
            var node = parser.Current.Kind == FeelTokenKind.Symbol && parser.Current.Text is "<" or "<=" or ">" or ">=" or "=" or "!="
                ? parser.ParseUnaryTest()
                : parser.ParseExpression();
            if (node.Depth > MaxDepth)
            {
                throw new FeelException(FeelException.Unsupported, $"The unary tests are nested or chained deeper than {MaxDepth} levels.");
            }

            var usesInput = false;
            for (var i = start; i < parser._position; i++)
            {
                usesInput |= parser._tokens[i].Kind == FeelTokenKind.Name && parser._tokens[i].Text == "?";
            }

            tests.Add(new ParsedUnaryTest(node, usesInput));
        }
        while (parser.Accept(","));

        if (negated)
        {
            parser.Expect(")");
        }

        if (parser.Current.Kind != FeelTokenKind.End)
        {
            throw parser.Error($"Unexpected '{parser.Current.Text}'");
        }

        return new ParsedUnaryTests(false, negated, tests);
    }

    /// <summary>Whether the "(" at <paramref name="ahead"/> closes with the last token before the end.</summary>
    private bool ClosesAtEnd(int ahead)
    {
        var depth = 0;
        for (var i = _position + ahead; i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            if (token.Kind == FeelTokenKind.Symbol && token.Text is "(" or "[" or "{")
            {
                depth++;
            }
            else if (token.Kind == FeelTokenKind.Symbol && token.Text is ")" or "]" or "}")
            {
                depth--;
                if (depth == 0)
                {
                    return _tokens[i + 1].Kind == FeelTokenKind.End;
                }
            }
        }

        return false;
    }
}

internal sealed record ParsedUnaryTest(FeelNode Node, bool UsesInput);

internal sealed record ParsedUnaryTests(bool MatchesAnything, bool Negated, IReadOnlyList<ParsedUnaryTest> Tests);
