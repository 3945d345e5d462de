namespace Kyzmat.Identity.Upstream;

public enum UpstreamKind
{
    /// <summary>The embedded sandbox registry with the demo accounts; refused in Production.</summary>
    Sandbox,

    /// <summary>OpenID Connect federation with the national unified identification system (not implemented yet).</summary>
    Esi,
}
