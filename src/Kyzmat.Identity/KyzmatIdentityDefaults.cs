namespace Kyzmat.Identity;

/// <summary>Names other rooms use.</summary>
public static class KyzmatIdentityDefaults
{
    /// <summary>The cookie of a person signed in to the identity server (not an API credential).</summary>
    public const string SessionScheme = "Kyzmat.Session";

    /// <summary>
    /// Bearer access tokens issued by this server: the scheme the GraphQL API authenticates with. OpenIddict validates a
    /// token on its first request; later requests reuse that and check only its entries (decision 0200).
    /// </summary>
    public const string ApiScheme = "Kyzmat.Api";

    /// <summary>The claim that carries the code of the state body an <c>hr</c> role is limited to.</summary>
    public const string HrBodyClaim = "hr_body";

    public const string WebClientId = "kyzmat-web";
}
