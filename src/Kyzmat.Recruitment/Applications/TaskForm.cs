namespace Kyzmat.Recruitment.Applications;

/// <summary>A task's Camunda form: the version it keeps, its JSON (form-js schema) and the variables it shows (JSON).</summary>
public sealed record TaskForm(string FormId, int Version, string Schema, string Data);
