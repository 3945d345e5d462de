namespace Kyzmat.Workflows.Expressions;

/// <summary>
/// Functions Camunda's connectors and AI agents add to FEEL: bpmnError() and jobError() build the context a
/// connector's error expression returns, and fromAi() marks a value an AI agent fills (to the engine, the value).
/// </summary>
internal static class ConnectorFunctions
{
    public static void Register(BuiltinTable t)
    {
        t.Add("bpmnError", ["code", "message"], (_, a) => Error("bpmnError", ("code", a[0]), ("message", a[1])));
        t.Add("bpmnError", ["code", "message", "variables"], (_, a) => Error("bpmnError", ("code", a[0]), ("message", a[1]), ("variables", a[2])));
        t.Add("jobError", ["message"], (_, a) => Error("jobError", ("message", a[0])));
        t.Add("jobError", ["message", "variables"], (_, a) => Error("jobError", ("message", a[0]), ("variables", a[1])));
        t.Add("jobError", ["message", "variables", "retries"], (_, a) => Error("jobError", ("message", a[0]), ("variables", a[1]), ("retries", a[2])));
        t.Add("jobError", ["message", "variables", "retries", "retryBackoff"], (_, a) =>
            Error("jobError", ("message", a[0]), ("variables", a[1]), ("retries", a[2]), ("retryBackoff", a[3])));
        t.Add("fromAi", ["value"], (_, a) => a[0]);
        t.Add("fromAi", ["value", "description"], (_, a) => a[0]);
        t.Add("fromAi", ["value", "description", "type"], (_, a) => a[0]);
        t.Add("fromAi", ["value", "description", "type", "schema"], (_, a) => a[0]);
        t.Add("fromAi", ["value", "description", "type", "schema", "options"], (_, a) => a[0]);
    }

    private static Dictionary<string, object?> Error(string type, params (string Key, object? Value)[] entries)
    {
        var context = new Dictionary<string, object?>(StringComparer.Ordinal) { ["errorType"] = type };
        foreach (var (key, value) in entries)
        {
            context[key] = value;
        }

        return context;
    }
}
