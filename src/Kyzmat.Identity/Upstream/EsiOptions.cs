namespace Kyzmat.Identity.Upstream;

/// <summary>
/// Configuration section <c>Kyzmat:Identity:Esi</c>: the national unified identification system (ЕСИ) as an
/// OpenID Connect provider (authorization code + PKCE, <c>response_mode=form_post</c>).
/// </summary>
public sealed class EsiOptions
{
    /// <summary>The provider's issuer; its discovery document is read from there.</summary>
    public string? Authority { get; set; }

    public string ClientId { get; set; } = "kyzmat";

    /// <summary>Null for a public client.</summary>
    public string? ClientSecret { get; set; }

    public List<string> Scopes { get; set; } = ["openid", "profile", "email", "phone"];

    /// <summary>The claim that carries the PIN (the standard claims give names, birthdate, e-mail, phone).</summary>
    public string PinClaim { get; set; } = "pin";
}
