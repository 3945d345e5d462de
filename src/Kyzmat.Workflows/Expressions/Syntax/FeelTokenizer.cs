using System.Globalization;
using System.Text;

namespace Kyzmat.Workflows.Expressions;

internal static class FeelTokenizer
{
    private static readonly string[] Symbols =
        ["**", "!=", "<=", ">=", "..", "->", "=", "<", ">", "+", "-", "*", "/", "(", ")", "[", "]", "{", "}", ",", ".", ":"];

    public static List<FeelToken> Tokenize(string text)
    {
        var tokens = new List<FeelToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] is '/' or '*')
            {
                SkipComment(text, ref i);
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                SkipDigits(text, ref i);
                if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                    SkipDigits(text, ref i);
                }

                SkipExponent(text, ref i);
                tokens.Add(new FeelToken(FeelTokenKind.Number, text[start..i], start, i));
            }
            else if (c == '"')
            {
                tokens.Add(new FeelToken(FeelTokenKind.String, ReadString(text, ref i), start, i));
            }
            else if (c == '@' && i + 1 < text.Length && text[i + 1] == '"')
            {
                i++;
                tokens.Add(new FeelToken(FeelTokenKind.At, ReadString(text, ref i), start, i));
            }
            else if (IsNameStart(c))
            {
                while (i < text.Length && IsNamePart(text[i]))
                {
                    i++;
                }

                tokens.Add(new FeelToken(FeelTokenKind.Name, text[start..i], start, i));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                    ?? throw new FeelException(FeelException.SyntaxError, $"Unexpected character '{c}' at position {i + 1}.");
                i += symbol.Length;
                tokens.Add(new FeelToken(FeelTokenKind.Symbol, symbol, start, i));
            }
        }

        tokens.Add(new FeelToken(FeelTokenKind.End, "", text.Length, text.Length));
        return tokens;
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or '?' || char.IsSurrogate(c);

    private static bool IsNamePart(char c) => IsNameStart(c) || char.IsDigit(c) || c == '\'';

    private static void SkipDigits(string text, ref int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
    }

    private static void SkipExponent(string text, ref int i)
    {
        var j = i;
        if (j < text.Length && text[j] is 'e' or 'E')
        {
            j++;
            if (j < text.Length && text[j] is '+' or '-')
            {
                j++;
            }

            if (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                i = j;
                SkipDigits(text, ref i);
            }
        }
    }

    private static void SkipComment(string text, ref int i)
    {
        if (text[i + 1] == '/')
        {
            var end = text.IndexOf('\n', i);
            i = end < 0 ? text.Length : end + 1;
            return;
        }

        var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            throw new FeelException(FeelException.SyntaxError, $"The comment starting at position {i + 1} is not closed.");
        }

        i = close + 2;
    }

    private static string ReadString(string text, ref int i)
    {
        var start = i;
        i++;
        var builder = new StringBuilder();
        while (i < text.Length && text[i] != '"')
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                switch (text[i])
                {
                    case 'n': builder.Append('\n'); break;
                    case 't': builder.Append('\t'); break;
                    case 'r': builder.Append('\r'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'u': builder.Append(ReadCodePoint(text, ref i, 4)); break;
                    case 'U': builder.Append(ReadCodePoint(text, ref i, 6)); break;
                    case '"' or '\\' or '\'': builder.Append(text[i]); break;
                    // Other escapes are kept as written: regular expressions ("\d", "\s") rely on it.
                    default: builder.Append('\\').Append(text[i]); break;
                }
            }
            else
            {
                builder.Append(text[i]);
            }

            i++;
        }

        if (i >= text.Length)
        {
            throw new FeelException(FeelException.SyntaxError, $"The string starting at position {start + 1} is not closed.");
        }

        i++;
        return builder.ToString();
    }

    private static string ReadCodePoint(string text, ref int i, int digits)
    {
        if (i + digits >= text.Length
            || !int.TryParse(text.AsSpan(i + 1, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF)
        {
            throw new FeelException(FeelException.SyntaxError, $"Invalid escape at position {i}.");
        }

        i += digits;
        // A lone surrogate (half of a \uD83D\uDC0E pair) is kept as a char; the pair joins up in the string.
        return code is >= 0xD800 and <= 0xDFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code);
    }
}
