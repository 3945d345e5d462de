namespace Kyzmat.Workflows.Expressions;

/// <summary>Function invocation with positional or named arguments.</summary>
internal sealed partial class FeelEvaluator
{
    private object? Call(CallNode node, FeelScope scope)
    {
        if (node is { Callee: NameNode { Name: "is defined" }, Arguments: [var argument], Names: null } && !scope.TryGet("is defined", out _))
        {
            return IsDefined(argument, scope);
        }

        var function = ResolveCallee(node.Callee, scope) as FeelFunction;
        var values = new object?[node.Arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Evaluate(node.Arguments[i], scope);
        }

        if (function is null)
        {
            return null;
        }

        if (node.Names is null)
        {
            return Invoke(function, values);
        }

        var bound = function.Bind(node.Names, values);
        return bound is { } b ? Run(b.Overload, b.Arguments) : null;
    }

    private object? ResolveCallee(FeelNode callee, FeelScope scope)
    {
        if (callee is NameNode { Name: var name })
        {
            // Functions and variables are apart, as in Camunda: a variable named "sum" does not hide sum().
            var found = scope.TryGet(name, out var value);
            if (value is FeelFunction function)
            {
                return function;
            }

            return Builtins.Find(name) ?? (found ? null : throw new FeelException(FeelException.EvaluationFailed, $"There is no function '{name}'."));
        }

        return Evaluate(callee, scope) as FeelFunction;
    }

    /// <summary>
    /// Built-ins walk their strings and lists, so a call costs steps by the size of its arguments (roughly what
    /// the walk costs next to evaluating a node); otherwise a loop over a large value would escape the budget.
    /// </summary>
    private static void ChargeForSize(object?[] arguments)
    {
        foreach (var argument in arguments)
        {
            switch (argument)
            {
                case string s: FeelBudget.Charge(s.Length / 16); break;
                case List<object?> list: FeelBudget.Charge(list.Count / 8); break;
                case Dictionary<string, object?> context: FeelBudget.Charge(context.Count / 8); break;
            }
        }
    }

    private bool IsDefined(FeelNode node, FeelScope scope) => node switch
    {
        NameNode name => scope.TryGet(name.Name, out _),
        PathNode path => IsDefined(path.Target, scope) && Evaluate(path.Target, scope) is Dictionary<string, object?> context && context.ContainsKey(path.Member),
        _ => Evaluate(node, scope) is not null,
    };

    /// <summary>Calls a function value with positional arguments; null when no overload takes that many.</summary>
    public object? Invoke(FeelFunction function, object?[] arguments)
    {
        var overload = function.Find(arguments.Length);
        return overload is null ? null : Run(overload, arguments);
    }

    private object? Run(FeelOverload overload, object?[] arguments)
    {
        ChargeForSize(arguments);
        try
        {
            return CheckSize(overload.Body(this, arguments));
        }
        catch (Exception ex) when (ex is not (FeelException or InsufficientExecutionStackException or OutOfMemoryException))
        {
            // A built-in given values it cannot use gives null, as FEEL's type errors do.
            return null;
        }
    }
}
