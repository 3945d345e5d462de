using Kyzmat.Identity.Upstream;

namespace Kyzmat.Identity;

/// <summary>Configuration section <c>Kyzmat:Identity</c>.</summary>
public sealed class KyzmatIdentityOptions
{
    public const string Section = "Kyzmat:Identity";

    /// <summary>Who checks PIN and password: <c>Sandbox</c> (embedded default, refused in Production) or <c>Esi</c>.</summary>
    public UpstreamKind Upstream { get; set; } = UpstreamKind.Sandbox;

    /// <summary>
    /// Whether the <c>Sandbox</c> upstream (the demo registry) may check passwords. Null: in Development only; true
    /// allows it in another environment (a test stand), never in Production.
    /// </summary>
    public bool? AllowSandbox { get; set; }

    /// <summary>Refuse plain HTTP on the OpenID Connect endpoints. Null: required in Production only.</summary>
    public bool? RequireHttps { get; set; }

    /// <summary>Client applications, seeded idempotently at start-up. Empty: the web portal <c>kyzmat-web</c> alone.</summary>
    public List<ClientOptions> Clients { get; set; } = [];

    /// <summary>PKCS#12 files for signing tokens; several allow rotation (the first signs). Required in Production; elsewhere, when empty, generated once and kept in the database.</summary>
    public List<CertificateOptions> SigningCertificates { get; set; } = [];

    /// <summary>PKCS#12 files for encrypting tokens; as <see cref="SigningCertificates"/>.</summary>
    public List<CertificateOptions> EncryptionCertificates { get; set; } = [];

    /// <summary>
    /// A 256-bit AES key (base64) that encrypts the tokens the server issues; every host of one deployment needs the
    /// same. Required in Production; elsewhere, when empty, generated once and kept in the database. The encryption
    /// certificates still decrypt tokens issued before it existed.
    /// </summary>
    public string? TokenEncryptionKey { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    public LockoutOptions Lockout { get; set; } = new();

    /// <summary>The ЕСИ provider, used when <see cref="Upstream"/> is <c>Esi</c>.</summary>
    public EsiOptions Esi { get; set; } = new();

    /// <summary>Form posts to the sign-in pages accepted per client address and minute (ASP.NET Core rate limiter).</summary>
    public int SignInRequestsPerMinute { get; set; } = 30;

    /// <summary>Cron expression of the job that prunes expired tokens and authorizations, and old sign-in attempts.</summary>
    public string PruneSchedule { get; set; } = "17 * * * *";

    /// <summary>How long sign-in attempts («Кирүү тарыхы», lockout's evidence) are kept; at least a day.</summary>
    public TimeSpan SignInHistoryRetention { get; set; } = TimeSpan.FromDays(365);

    public static ClientOptions DefaultWebClient() => new()
    {
        ClientId = "kyzmat-web",
        DisplayName = "Kyzmat",
        RedirectUris = ["/auth/callback"],
        PostLogoutRedirectUris = ["/"],
    };
}
