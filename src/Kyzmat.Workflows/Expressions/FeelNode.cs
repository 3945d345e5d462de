namespace Kyzmat.Workflows.Expressions;

/// <summary>A node of a parsed expression; <see cref="Depth"/> bounds the evaluator's recursion.</summary>
internal abstract record FeelNode
{
    public abstract int Depth { get; }
}

internal sealed record LiteralNode(object? Value) : FeelNode
{
    public override int Depth => 1;
}

internal sealed record NameNode(string Name) : FeelNode
{
    public override int Depth => 1;
}

internal sealed record PathNode(FeelNode Target, string Member) : FeelNode
{
    public override int Depth { get; } = Target.Depth + 1;
}

internal sealed record IndexNode(FeelNode Target, FeelNode Index) : FeelNode
{
    public override int Depth { get; } = Math.Max(Target.Depth, Index.Depth) + 1;
}

internal sealed record UnaryNode(string Operator, FeelNode Operand) : FeelNode
{
    public override int Depth { get; } = Operand.Depth + 1;
}

internal sealed record BinaryNode(string Operator, FeelNode Left, FeelNode Right) : FeelNode
{
    public override int Depth { get; } = Math.Max(Left.Depth, Right.Depth) + 1;
}

internal sealed record InNode(FeelNode Value, FeelNode Candidates) : FeelNode
{
    public override int Depth { get; } = Math.Max(Value.Depth, Candidates.Depth) + 1;
}

internal sealed record IfNode(FeelNode Condition, FeelNode Then, FeelNode Else) : FeelNode
{
    public override int Depth { get; } = Math.Max(Condition.Depth, Math.Max(Then.Depth, Else.Depth)) + 1;
}

internal sealed record ListNode(IReadOnlyList<FeelNode> Items) : FeelNode
{
    public override int Depth { get; } = Items.Select(i => i.Depth).DefaultIfEmpty(0).Max() + 1;
}

internal sealed record ContextNode(IReadOnlyList<KeyValuePair<string, FeelNode>> Entries) : FeelNode
{
    public override int Depth { get; } = Entries.Select(e => e.Value.Depth).DefaultIfEmpty(0).Max() + 1;
}

internal sealed record CallNode(string Function, IReadOnlyList<FeelNode> Arguments) : FeelNode
{
    public override int Depth { get; } = Arguments.Select(a => a.Depth).DefaultIfEmpty(0).Max() + 1;
}
