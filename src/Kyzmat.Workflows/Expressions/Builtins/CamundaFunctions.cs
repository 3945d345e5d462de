namespace Kyzmat.Workflows.Expressions;

/// <summary>Camunda's extensions that diagrams use: not(), is defined(), get or else(), assert(), to/from json.</summary>
internal static class CamundaFunctions
{
    public static void Register(BuiltinTable t)
    {
        t.Add("not", ["negand"], (_, a) => a[0] is bool b ? !b : null);
        // is defined() reads a name, not a value: the evaluator answers it before arguments are evaluated.
        t.Add("is defined", ["value"], (_, a) => a[0] is not null);
        t.Add("get or else", ["value", "default"], (_, a) => a[0] ?? a[1]);
        t.Add("assert", ["value", "condition"], (_, a) => Assert(a[0], a[1], null));
        t.Add("assert", ["value", "condition", "cause"], (_, a) => Assert(a[0], a[1], a[2]));
        t.Add("to json", ["value"], (_, a) => FeelJson.Write(a[0]));
        t.Add("from json", ["value"], (_, a) => a[0] is string s ? FeelJson.Read(s) : null);
    }

    private static object? Assert(object? value, object? condition, object? cause) =>
        condition is true
            ? value
            : throw new FeelException(FeelException.EvaluationFailed, cause is string text ? $"Assertion failure: {text}" : "Assertion failure.");
}
