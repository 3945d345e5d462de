namespace Kyzmat.Applications.Bench;

/// <summary>A seeded citizen: sandbox credentials, the confirmed e-mail their codes go to, and (once signed in) their access token.</summary>
internal sealed record BenchCitizen(int Number, string Pin, string Email)
{
    public string AccessToken { get; set; } = "";
}
