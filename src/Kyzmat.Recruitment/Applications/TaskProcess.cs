namespace Kyzmat.Recruitment.Applications;

/// <summary>A process some of the caller's open tasks belong to: its BPMN id and the name of its newest version (else the id).</summary>
public sealed record TaskProcess(string Key, string Name);
