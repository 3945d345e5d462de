using System.Security.Cryptography;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// Application numbers: «AR-» and ten characters of Crockford's base 32 (50 random bits), so that a number printed on
/// a document cannot be used to guess another citizen's.
/// </summary>
public static class ApplicationNumbers
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<char> chars = stackalloc char[10];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return "AR-" + new string(chars);
    }

    /// <summary>Upper-cases and trims what a person typed; null when it cannot be a number.</summary>
    public static string? Normalize(string? typed)
    {
        var value = (typed ?? "").Trim().ToUpperInvariant();
        return value.Length == 13 && value.StartsWith("AR-", StringComparison.Ordinal) && value[3..].All(Alphabet.Contains) ? value : null;
    }
}
