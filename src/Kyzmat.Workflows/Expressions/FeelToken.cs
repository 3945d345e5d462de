namespace Kyzmat.Workflows.Expressions;

internal enum FeelTokenKind
{
    Number,
    String,
    Name,
    Symbol,
    End,
}

internal readonly record struct FeelToken(FeelTokenKind Kind, string Text, int Position)
{
    public bool Is(string symbol) => Kind is FeelTokenKind.Symbol or FeelTokenKind.Name && Text == symbol;
}
