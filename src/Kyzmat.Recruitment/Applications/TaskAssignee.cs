namespace Kyzmat.Recruitment.Applications;

/// <summary>A colleague a task may be assigned to: a reviewer of a body it is offered to.</summary>
public sealed record TaskAssignee(Guid Id, string Name);
