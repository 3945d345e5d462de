namespace Kyzmat.Identity.Upstream;

/// <summary>What the upstream identity system says about a person.</summary>
public sealed record UpstreamPerson(
    string Pin, string Surname, string Name, string? Patronymic, DateOnly DateOfBirth, string? Email, string? Phone);
