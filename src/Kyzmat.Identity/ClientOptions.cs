namespace Kyzmat.Identity;

/// <summary>
/// One client application (<c>Kyzmat:Identity:Clients:N</c>). A redirect URI that is a path (<c>/auth/callback</c>)
/// means that path on the host's own origin, whatever URL the host is reached at.
/// </summary>
public sealed class ClientOptions
{
    public string ClientId { get; set; } = "";

    public string? DisplayName { get; set; }

    /// <summary>Null for a public client (PKCE is required of every client anyway).</summary>
    public string? ClientSecret { get; set; }

    public List<string> RedirectUris { get; set; } = [];

    public List<string> PostLogoutRedirectUris { get; set; } = [];
}
