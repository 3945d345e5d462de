namespace Kyzmat.Workflows.Expressions;

/// <summary>The unary test "= value" or "!= value" as a value, as in x in (=10) or (!=10).</summary>
internal sealed record ComparisonTest(bool Negated, object? Operand)
{
    public bool? Test(object? value) => FeelComparer.Equal(value, Operand) is { } equal ? equal != Negated : null;

    public override string ToString() => (Negated ? "!= " : "= ") + FeelText.Format(Operand);
}
