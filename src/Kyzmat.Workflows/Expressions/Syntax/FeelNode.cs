namespace Kyzmat.Workflows.Expressions;

/// <summary>A node of a parsed expression; <see cref="Depth"/> bounds the evaluator's recursion.</summary>
internal abstract record FeelNode
{
    public abstract int Depth { get; }

    protected static int Deepest(params FeelNode?[] nodes) => nodes.Max(n => n?.Depth ?? 0) + 1;

    protected static int Deepest(IEnumerable<FeelNode> nodes) => nodes.Select(n => n.Depth).DefaultIfEmpty(0).Max() + 1;
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

/// <summary>list[condition] or list[index].</summary>
internal sealed record FilterNode(FeelNode Target, FeelNode Filter) : FeelNode
{
    public override int Depth { get; } = Deepest(Target, Filter);
}

/// <summary>A function invocation; <see cref="Names"/> is null for positional arguments.</summary>
internal sealed record CallNode(FeelNode Callee, IReadOnlyList<FeelNode> Arguments, IReadOnlyList<string>? Names) : FeelNode
{
    public override int Depth { get; } = Math.Max(Callee.Depth, Deepest(Arguments));
}

internal sealed record NegationNode(FeelNode Operand) : FeelNode
{
    public override int Depth { get; } = Operand.Depth + 1;
}

internal sealed record BinaryNode(string Operator, FeelNode Left, FeelNode Right) : FeelNode
{
    public override int Depth { get; } = Deepest(Left, Right);
}

internal sealed record BetweenNode(FeelNode Value, FeelNode Low, FeelNode High) : FeelNode
{
    public override int Depth { get; } = Deepest(Value, Low, High);
}

/// <summary>value in test, value in (test, test…): a test is an expression, a range or a comparison such as &lt; 5.</summary>
internal sealed record InNode(FeelNode Value, IReadOnlyList<FeelNode> Tests) : FeelNode
{
    public override int Depth { get; } = Math.Max(Value.Depth, Deepest(Tests));
}

/// <summary>[a..b], (a..b], ]a..b[ and the comparisons &lt; a, &gt;= b (one end null).</summary>
internal sealed record RangeNode(FeelNode? Start, bool StartIncluded, FeelNode? End, bool EndIncluded) : FeelNode
{
    public override int Depth { get; } = Deepest(Start, End);
}

/// <summary>The unary tests "= value" and "!= value".</summary>
internal sealed record ComparisonTestNode(bool Negated, FeelNode Operand) : FeelNode
{
    public override int Depth { get; } = Operand.Depth + 1;
}

internal sealed record InstanceOfNode(FeelNode Value, FeelTypeRef Type) : FeelNode
{
    public override int Depth { get; } = Value.Depth + 1;
}

internal sealed record IfNode(FeelNode Condition, FeelNode Then, FeelNode Else) : FeelNode
{
    public override int Depth { get; } = Deepest(Condition, Then, Else);
}

/// <summary>One "name in collection" of for/some/every; <see cref="RangeEnd"/> is set for "name in a..b".</summary>
internal sealed record Iterator(string Name, FeelNode Collection, FeelNode? RangeEnd);

internal sealed record ForNode(IReadOnlyList<Iterator> Iterators, FeelNode Body) : FeelNode
{
    public override int Depth { get; } = Math.Max(Body.Depth, Deepest(Iterators.SelectMany(i => new[] { i.Collection, i.RangeEnd ?? i.Collection }))) + 1;
}

internal sealed record QuantifiedNode(bool Every, IReadOnlyList<Iterator> Iterators, FeelNode Condition) : FeelNode
{
    public override int Depth { get; } = Math.Max(Condition.Depth, Deepest(Iterators.Select(i => i.Collection))) + 1;
}

internal sealed record ListNode(IReadOnlyList<FeelNode> Items) : FeelNode
{
    public override int Depth { get; } = Deepest(Items);
}

internal sealed record ContextNode(IReadOnlyList<KeyValuePair<string, FeelNode>> Entries) : FeelNode
{
    public override int Depth { get; } = Deepest(Entries.Select(e => e.Value));
}

internal sealed record FunctionNode(IReadOnlyList<string> Parameters, FeelNode Body) : FeelNode
{
    public override int Depth { get; } = Body.Depth + 1;
}

/// <summary>A type after "instance of": number, list&lt;string&gt;, context&lt;a: number&gt;, function&lt;number&gt;-&gt;number…</summary>
internal sealed record FeelTypeRef(string Name, IReadOnlyList<FeelTypeRef>? Arguments = null, IReadOnlyList<string>? FieldNames = null, FeelTypeRef? Result = null);
