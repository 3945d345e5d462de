using System.Globalization;
using System.Security.Claims;
using Kyzmat.GraphQL.Authorization;

namespace Kyzmat.GraphQL.Profiles;

/// <summary>The signed-in citizen, as their token names them («Негизги маалымат»: read-only, from the identity upstream).</summary>
public sealed record Viewer(Guid CitizenId, string? FullName, DateOnly? DateOfBirth)
{
    public bool HasBasicInformation => !string.IsNullOrWhiteSpace(FullName) && DateOfBirth is not null;

    public static Viewer Of(ClaimsPrincipal user) => new(
        CurrentCitizen.IdOf(user),
        user.FindFirst("name")?.Value,
        DateOnly.TryParseExact(user.FindFirst("birthdate")?.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born) ? born : null);
}
