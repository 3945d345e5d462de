using Kyzmat.Recruitment.StateBodies;

namespace Kyzmat.Recruitment.Citizens;

/// <summary>
/// A role granted to a citizen beyond the implicit applicant role: <see cref="KyzmatRoles.Hr"/> scoped to one
/// state body, or <see cref="KyzmatRoles.Admin"/>.
/// </summary>
public sealed class RoleGrant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CitizenId { get; init; }

    public required string Role { get; init; }

    /// <summary>The state body an <c>hr</c> grant is limited to; null for <c>admin</c>.</summary>
    public Guid? StateBodyId { get; init; }

    public StateBody? StateBody { get; init; }

    public DateTimeOffset GrantedAt { get; init; }
}
