using System.Security.Claims;

namespace Kyzmat.GraphQL.Common;

/// <summary>What every resolver may know of the request: who asks and in which language to answer.</summary>
public sealed class KyzmatUserContext : Dictionary<string, object?>
{
    public KyzmatUserContext(ClaimsPrincipal user, string language)
        : base(StringComparer.Ordinal)
    {
        User = user;
        Language = language;
    }

    public ClaimsPrincipal User { get; }

    /// <summary>ky, ru or en.</summary>
    public string Language { get; }
}
