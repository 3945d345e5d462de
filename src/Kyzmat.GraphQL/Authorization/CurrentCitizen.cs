using System.Security.Claims;
using GraphQL;
using Kyzmat.Recruitment.Common;

namespace Kyzmat.GraphQL.Authorization;

internal static class CurrentCitizen
{
    /// <summary>The signed-in citizen's id (the token's subject); fields that call this are <c>Authorize()</c>d.</summary>
    public static Guid CitizenId(this IResolveFieldContext context) => IdOf(context.User);

    public static Guid IdOf(ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirst("sub")?.Value ?? user?.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id)
            ? id
            : throw new UserInputException(UserErrorCodes.NotAuthenticated);
}
