namespace Kyzmat.Workflows.Expressions;

/// <summary>
/// Names. FEEL names may hold spaces and symbols ("Full Name", "K-MatchesFunc-1", "days in weekend"):
/// a name the caller declared is matched as written; otherwise adjacent words that are not keywords form one name.
/// </summary>
internal sealed partial class FeelParser
{
    private static readonly HashSet<string> Keywords =
        ["and", "or", "if", "then", "else", "in", "for", "return", "some", "every", "satisfies", "between", "instance", "function", "true", "false", "null"];

    // Built-in names that contain a keyword, so adjacent-word joining cannot find them.
    private static readonly string[][] KeywordNames =
    [
        ["years", "and", "months", "duration"],
        ["date", "and", "time"],
        ["get", "or", "else"],
    ];

    private readonly List<string> _knownNames;
    private readonly List<string> _bound = [];
    private int _openScopes;

    private bool IsNameToken(FeelToken token) => token.Kind == FeelTokenKind.Name && !Keywords.Contains(token.Text);

    /// <summary>Reads a name at the current token, or returns null when there is none.</summary>
    private string? TryReadName()
    {
        if (Current.Kind != FeelTokenKind.Name)
        {
            return null;
        }

        foreach (var words in KeywordNames)
        {
            if (Enumerable.Range(0, words.Length).All(i => Peek(i).Kind == FeelTokenKind.Name && Peek(i).Text == words[i]) && Peek(words.Length).Is("("))
            {
                _position += words.Length;
                return string.Join(' ', words);
            }
        }

        // A keyword starts a name only when a declared name begins with it ("in stock").
        var declared = MatchDeclaredName();
        var joinedEnd = _position;
        var parts = new List<string>();
        while (IsNameToken(_tokens[joinedEnd]))
        {
            parts.Add(_tokens[joinedEnd].Text);
            joinedEnd++;
        }

        // The declared name wins unless joining words reads further.
        if (declared is { } match && (parts.Count == 0 || _tokens[match.EndToken - 1].End >= _tokens[joinedEnd - 1].End))
        {
            _position = match.EndToken;
            return match.Name;
        }

        if (parts.Count == 0)
        {
            return null;
        }

        _position = joinedEnd;
        return string.Join(' ', parts);
    }

    private string ReadName(string what) => TryReadName() ?? throw Error($"Expected {what}");

    /// <summary>The longest declared or bound name written at the current token, with the token after it.</summary>
    private (string Name, int EndToken)? MatchDeclaredName()
    {
        var start = Current.Position;
        (string, int)? best = null;
        var bestLength = 0;
        foreach (var name in _knownNames.Concat(_bound))
        {
            if (name.Length <= bestLength || string.CompareOrdinal(_text, start, name, 0, name.Length) != 0)
            {
                continue;
            }

            var end = start + name.Length;
            var token = _position;
            while (_tokens[token].End < end)
            {
                token++;
            }

            if (_tokens[token].End == end && _tokens[token].Kind != FeelTokenKind.End)
            {
                best = (name, token + 1);
                bestLength = name.Length;
            }
        }

        return best;
    }

    private void Bind(string name) => _bound.Add(name);

    private void Unbind(int count) => _bound.RemoveRange(_bound.Count - count, count);

    /// <summary>Whether a call to this name can resolve: a built-in, a declared name, or a name bound around it.</summary>
    private bool IsCallable(string name) =>
        _openScopes > 0 || Builtins.Exists(name) || _knownNames.Contains(name) || _bound.Contains(name);
}
