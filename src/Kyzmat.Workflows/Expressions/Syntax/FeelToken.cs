namespace Kyzmat.Workflows.Expressions;

internal enum FeelTokenKind
{
    Number,
    String,
    /// <summary>@"…": a temporal literal; the text is the string's content.</summary>
    At,
    Name,
    Symbol,
    End,
}

/// <summary>A token; <see cref="Position"/> and <see cref="End"/> index the source text.</summary>
internal readonly record struct FeelToken(FeelTokenKind Kind, string Text, int Position, int End)
{
    public bool Is(string symbol) => Kind is FeelTokenKind.Symbol or FeelTokenKind.Name && Text == symbol;
}
