using System.Runtime.CompilerServices;

namespace Kyzmat.Workflows.Expressions;

/// <summary>Evaluates a syntax tree. Type errors give null (FEEL's semantics); limits and failures throw <see cref="FeelException"/>.</summary>
internal sealed partial class FeelEvaluator(DateTimeOffset now)
{
    public DateTimeOffset Now { get; } = now;

    public object? Evaluate(FeelNode node, FeelScope scope)
    {
        FeelBudget.Charge();
        var budget = FeelBudget.Current;
        if (++budget.Depth > FeelBudget.MaxNestedEvaluations || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            budget.Depth--;
            throw FeelBudget.Exceeded("The expression nests or recurses too deeply.");
        }

        try
        {
            return EvaluateNode(node, scope);
        }
        finally
        {
            budget.Depth--;
        }
    }

    private object? EvaluateNode(FeelNode node, FeelScope scope) => node switch
    {
        LiteralNode literal => literal.Value,
        NameNode name => Name(name.Name, scope),
        PathNode path => Member(Evaluate(path.Target, scope), path.Member),
        FilterNode filter => Filter(filter, scope),
        NegationNode negation => FeelOperators.Negate(Evaluate(negation.Operand, scope)),
        BinaryNode { Operator: "and" } and => And(and, scope),
        BinaryNode { Operator: "or" } or => Or(or, scope),
        BinaryNode binary => CheckSize(FeelOperators.Binary(binary.Operator, Evaluate(binary.Left, scope), Evaluate(binary.Right, scope))),
        BetweenNode between => Between(between, scope),
        InNode inNode => In(inNode, scope),
        RangeNode range => Range(range, scope),
        ComparisonTestNode test => new ComparisonTest(test.Negated, Evaluate(test.Operand, scope)),
        InstanceOfNode instance => FeelTypes.IsInstance(Evaluate(instance.Value, scope), instance.Type),
        IfNode ifNode => Evaluate(ifNode.Condition, scope) is true ? Evaluate(ifNode.Then, scope) : Evaluate(ifNode.Else, scope),
        ForNode forNode => For(forNode, scope),
        QuantifiedNode quantified => Quantified(quantified, scope),
        ListNode list => List(list, scope),
        ContextNode context => Context(context, scope),
        FunctionNode function => Define(function, scope),
        CallNode call => Call(call, scope),
        _ => throw new FeelException(FeelException.Unsupported, "Unsupported expression."),
    };

    private static object? CheckSize(object? value)
    {
        if (value is string s)
        {
            // Building a string costs by its length: many large strings would otherwise fill memory within the step budget.
            FeelBudget.CheckLength(s.Length);
            FeelBudget.Charge(s.Length / 16);
        }

        return value;
    }

    private static object? Name(string name, FeelScope scope) =>
        scope.TryGet(name, out var value) ? value : Builtins.Find(name);

    /// <summary>a.b: a context entry, a property of a date, time, duration or range, or the projection of a list of contexts.</summary>
    public static object? Member(object? target, string member)
    {
        switch (target)
        {
            case Dictionary<string, object?> context:
                return context.TryGetValue(member, out var value) ? value : null;
            case List<object?> list:
                RuntimeHelpers.EnsureSufficientExecutionStack();
                FeelBudget.Charge(list.Count);
                return list.Select(item => Member(item, member)).ToList();
            default:
                return FeelProperties.Get(target, member);
        }
    }

    private object? Filter(FilterNode node, FeelScope scope)
    {
        var target = Evaluate(node.Target, scope);
        if (target is null)
        {
            return null;
        }

        var list = target as List<object?> ?? [target];
        if (node.Filter is LiteralNode { Value: decimal } || Evaluate(node.Filter, scope) is decimal)
        {
            return Evaluate(node.Filter, scope) is decimal index ? Index(list, index) : null;
        }

        var result = new List<object?>();
        foreach (var item in list)
        {
            var itemScope = item is Dictionary<string, object?> context ? scope.With("item", item).With(context) : scope.With("item", item);
            if (Evaluate(node.Filter, itemScope) is true)
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static object? Index(List<object?> list, decimal position)
    {
        if (position != decimal.Truncate(position) || Math.Abs(position) > int.MaxValue)
        {
            return null;
        }

        // FEEL lists are 1-based; negative positions count from the end.
        var i = (int)position;
        var at = i > 0 ? i - 1 : list.Count + i;
        return at >= 0 && at < list.Count ? list[at] : null;
    }

    private object? And(BinaryNode node, FeelScope scope)
    {
        var left = Evaluate(node.Left, scope) as bool?;
        if (left is false)
        {
            return false;
        }

        var right = Evaluate(node.Right, scope) as bool?;
        return right is false ? false : left is null || right is null ? null : true;
    }

    private object? Or(BinaryNode node, FeelScope scope)
    {
        var left = Evaluate(node.Left, scope) as bool?;
        if (left is true)
        {
            return true;
        }

        var right = Evaluate(node.Right, scope) as bool?;
        return right is true ? true : left is null || right is null ? null : false;
    }

    private List<object?> List(ListNode node, FeelScope scope)
    {
        var items = new List<object?>(node.Items.Count);
        foreach (var item in node.Items)
        {
            items.Add(Evaluate(item, scope));
        }

        return items;
    }

    private object? Context(ContextNode node, FeelScope scope)
    {
        var context = new Dictionary<string, object?>(StringComparer.Ordinal);
        // Later entries see earlier ones: the scope reads the context as it fills.
        var inner = scope.With(context);
        foreach (var (key, valueNode) in node.Entries)
        {
            if (context.ContainsKey(key))
            {
                return null;
            }

            context[key] = Evaluate(valueNode, inner);
        }

        return context;
    }

    private FeelFunction Define(FunctionNode node, FeelScope scope) =>
        new(null, [new FeelOverload(node.Parameters, (evaluator, arguments) =>
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < node.Parameters.Count; i++)
            {
                values[node.Parameters[i]] = arguments[i];
            }

            return evaluator.Evaluate(node.Body, scope.With(values));
        })]);
}
