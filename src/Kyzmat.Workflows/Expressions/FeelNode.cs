namespace Kyzmat.Workflows.Expressions;

internal abstract record FeelNode;

internal sealed record LiteralNode(object? Value) : FeelNode;

internal sealed record NameNode(string Name) : FeelNode;

internal sealed record PathNode(FeelNode Target, string Member) : FeelNode;

internal sealed record IndexNode(FeelNode Target, FeelNode Index) : FeelNode;

internal sealed record UnaryNode(string Operator, FeelNode Operand) : FeelNode;

internal sealed record BinaryNode(string Operator, FeelNode Left, FeelNode Right) : FeelNode;

internal sealed record InNode(FeelNode Value, FeelNode Candidates) : FeelNode;

internal sealed record IfNode(FeelNode Condition, FeelNode Then, FeelNode Else) : FeelNode;

internal sealed record ListNode(IReadOnlyList<FeelNode> Items) : FeelNode;

internal sealed record ContextNode(IReadOnlyList<KeyValuePair<string, FeelNode>> Entries) : FeelNode;

internal sealed record CallNode(string Function, IReadOnlyList<FeelNode> Arguments) : FeelNode;
