using System.Text;

namespace Kyzmat.Workflows.Expressions;

/// <summary>Where XPath regular expressions (which FEEL uses) differ from .NET's, rewritten into .NET's form.</summary>
internal static class XPathRegex
{
    /// <summary>
    /// Rewrites a pattern: outside character classes '.' matches neither \n nor \r (unless dot-all), and with the
    /// 'x' flag whitespace is dropped except inside classes. Escapes are copied as they are.
    /// </summary>
    public static string Translate(string pattern, bool dotAll, bool dropWhitespace)
    {
        var builder = new StringBuilder(pattern.Length);
        var inClass = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                // With 'x', whitespace goes before escapes are read: "\ s" is "\s".
                while (dropWhitespace && inClass == 0 && i + 2 < pattern.Length && char.IsWhiteSpace(pattern[i + 1]))
                {
                    i++;
                }

                builder.Append(c).Append(pattern[++i]);
                continue;
            }

            if (dropWhitespace && inClass == 0 && c is ' ' or '\t' or '\n' or '\r')
            {
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass++;
                    builder.Append(c);
                    break;
                case ']' when inClass > 0:
                    inClass--;
                    builder.Append(c);
                    break;
                case '.' when inClass == 0 && !dotAll:
                    builder.Append(@"[^\n\r]");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether a pattern uses a back-reference inside a character class or \0, which XPath refuses.</summary>
    public static bool HasInvalidReference(string pattern)
    {
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                if (char.IsAsciiDigit(next) && (inClass || next == '0'))
                {
                    return true;
                }
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }
        }

        return false;
    }
}
