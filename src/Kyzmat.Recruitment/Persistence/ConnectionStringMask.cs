using System.Text.RegularExpressions;

namespace Kyzmat.Recruitment.Persistence;

public static partial class ConnectionStringMask
{
    /// <summary>Replaces the value of every password-like key in a connection string with ***.</summary>
    public static string Mask(string connectionString) =>
        SecretKeys().Replace(connectionString, match => match.Groups["key"].Value + "=***");

    [GeneratedRegex(@"(?<key>(?:password|pwd|passwd|user\s*password))\s*=\s*(?:""[^""]*""|'[^']*'|[^;]*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretKeys();
}
