namespace Kyzmat.Workflows.Definitions;

/// <summary>
/// A zeebe:executionListener or zeebe:taskListener: a job of <paramref name="Type"/> (static or '=FEEL') run at
/// <paramref name="EventType"/>, with <paramref name="Retries"/> (a whole number or '=FEEL').
/// </summary>
public sealed record ListenerDefinition(string EventType, string Type, string Retries);
