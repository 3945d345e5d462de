namespace Kyzmat.Workflows.Parsing;

/// <summary>One entry of the capability contract: a BPMN element (or element + event definition) and whether it executes.</summary>
public sealed record ElementCapability(string Element, bool Executable, string Note);
