using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// A step an administrator added to the lifecycle (a user task with no <c>kyzmat:*</c> form key) that an application reached:
/// its name in the three languages (decision 0107), when it was reached, and when it was done (null while open).
/// </summary>
public sealed record ApplicationStep(LocalizedText Name, DateTimeOffset ReachedAt, DateTimeOffset? CompletedAt);
