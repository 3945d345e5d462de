namespace Kyzmat.Recruitment.Common;

/// <summary>
/// A text kept in the portal's three languages. Kyrgyz is the default and is always present;
/// Russian is expected for everything official; English falls back to Russian.
/// </summary>
public sealed record LocalizedText(string Ky, string Ru, string? En = null)
{
    public static readonly LocalizedText Empty = new("", "");

    public bool IsEmpty => Ky.Length == 0 && Ru.Length == 0;

    public string In(string? language) => language switch
    {
        "ru" => Ru,
        "en" => En ?? Ru,
        _ => Ky,
    };

    /// <summary>Whether the text is this one in one of its languages (a stored text does not say which).</summary>
    public bool Has(string text) => text == Ky || text == Ru || text == En;

    public LocalizedText Prefixed(string prefix) => new(prefix + Ky, prefix + Ru, En is null ? null : prefix + En);
}
