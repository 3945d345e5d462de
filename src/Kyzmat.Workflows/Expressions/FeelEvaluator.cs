namespace Kyzmat.Workflows.Expressions;

internal sealed class FeelEvaluator
{
    private readonly Func<string, (bool Found, object? Value)> _lookup;
    private readonly DateTimeOffset _now;

    public FeelEvaluator(Func<string, (bool Found, object? Value)> lookup, DateTimeOffset now)
    {
        _lookup = lookup;
        _now = now;
    }

    public object? Evaluate(FeelNode node) => node switch
    {
        LiteralNode literal => literal.Value,
        NameNode name => _lookup(name.Name).Value,
        PathNode path => Member(Evaluate(path.Target), path.Member).Value,
        IndexNode index => Index(Evaluate(index.Target), Evaluate(index.Index)),
        UnaryNode unary => Negate(Evaluate(unary.Operand)),
        BinaryNode { Operator: "and" } and => And(and),
        BinaryNode { Operator: "or" } or => Or(or),
        BinaryNode binary => FeelOperators.Binary(binary.Operator, Evaluate(binary.Left), Evaluate(binary.Right)),
        InNode inNode => In(Evaluate(inNode.Value), Evaluate(inNode.Candidates)),
        IfNode ifNode => Evaluate(ifNode.Condition) is true ? Evaluate(ifNode.Then) : Evaluate(ifNode.Else),
        ListNode list => list.Items.Select(Evaluate).ToList(),
        ContextNode context => context.Entries.ToDictionary(e => e.Key, e => Evaluate(e.Value), StringComparer.Ordinal),
        CallNode call => Call(call),
        _ => throw new FeelException(FeelException.Unsupported, "Unsupported expression."),
    };

    private static (bool Found, object? Value) Member(object? target, string member) =>
        target is Dictionary<string, object?> context && context.TryGetValue(member, out var value) ? (true, value) : (false, null);

    private static object? Index(object? target, object? index)
    {
        if (target is not List<object?> list || index is not decimal position)
        {
            return null;
        }

        // FEEL lists are 1-based; negative positions count from the end.
        var i = (int)position;
        var at = i > 0 ? i - 1 : list.Count + i;
        return at >= 0 && at < list.Count ? list[at] : null;
    }

    private static object? Negate(object? value) => value switch
    {
        null => null,
        decimal d => -d,
        TimeSpan t => -t,
        _ => throw new FeelException(FeelException.TypeError, $"Cannot negate a {FeelValues.TypeName(value)}."),
    };

    private object? And(BinaryNode node)
    {
        var left = AsBoolean(Evaluate(node.Left), "and");
        if (left is false)
        {
            return false;
        }

        var right = AsBoolean(Evaluate(node.Right), "and");
        return right is false ? false : left is null || right is null ? null : true;
    }

    private object? Or(BinaryNode node)
    {
        var left = AsBoolean(Evaluate(node.Left), "or");
        if (left is true)
        {
            return true;
        }

        var right = AsBoolean(Evaluate(node.Right), "or");
        return right is true ? true : left is null || right is null ? null : false;
    }

    private static bool? AsBoolean(object? value, string op) => value switch
    {
        null => null,
        bool b => b,
        _ => throw new FeelException(FeelException.TypeError, $"'{op}' needs booleans, not a {FeelValues.TypeName(value)}."),
    };

    private static object? In(object? value, object? candidates) => candidates switch
    {
        List<object?> list => list.Any(item => FeelOperators.AreEqual(value, item)),
        _ => FeelOperators.AreEqual(value, candidates),
    };

    private object? Call(CallNode call)
    {
        switch (call.Function)
        {
            case "now":
                return _now;
            case "is defined":
                return IsDefined(call.Arguments[0]);
            case "not":
                return Evaluate(call.Arguments[0]) switch
                {
                    null => null,
                    bool b => !b,
                    var other => throw new FeelException(FeelException.TypeError, $"not() needs a boolean, not a {FeelValues.TypeName(other)}."),
                };
            case "list contains":
                var list = Evaluate(call.Arguments[0]);
                var item = Evaluate(call.Arguments[1]);
                return list switch
                {
                    null => null,
                    List<object?> items => items.Any(i => FeelOperators.AreEqual(i, item)),
                    _ => throw new FeelException(FeelException.TypeError, $"list contains() needs a list, not a {FeelValues.TypeName(list)}."),
                };
            case "date and time":
                return Evaluate(call.Arguments[0]) switch
                {
                    null => null,
                    DateTimeOffset t => t,
                    string s when FeelValues.TryParseDateTime(s, out var parsed) => parsed,
                    var other => throw new FeelException(FeelException.TypeError, $"date and time() cannot read '{other}'."),
                };
            default:
                return Evaluate(call.Arguments[0]) switch
                {
                    null => null,
                    TimeSpan t => t,
                    string s when FeelValues.TryParseDuration(s, out var parsed) => parsed,
                    var other => throw new FeelException(FeelException.TypeError, $"duration() cannot read '{other}'."),
                };
        }
    }

    private bool IsDefined(FeelNode node) => node switch
    {
        NameNode name => _lookup(name.Name).Found,
        PathNode path => IsDefined(path.Target) && Member(Evaluate(path.Target), path.Member).Found,
        _ => false,
    };
}
