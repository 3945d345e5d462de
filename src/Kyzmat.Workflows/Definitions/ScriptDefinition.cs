namespace Kyzmat.Workflows.Definitions;

/// <summary>A script task's zeebe:script: a FEEL expression the engine evaluates, and the variable its result goes to.</summary>
public sealed record ScriptDefinition(string Expression, string ResultVariable);
