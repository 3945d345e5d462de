using System.Globalization;
using System.Text;

namespace Kyzmat.Workflows.Expressions;

internal static class FeelTokenizer
{
    private static readonly string[] Symbols = ["!=", "<=", ">=", "..", "=", "<", ">", "+", "-", "*", "/", "(", ")", "[", "]", "{", "}", ",", ".", ":"];

    public static List<FeelToken> Tokenize(string text)
    {
        var tokens = new List<FeelToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }
                }

                tokens.Add(new FeelToken(FeelTokenKind.Number, text[start..i], start));
            }
            else if (c == '"')
            {
                var start = i;
                tokens.Add(new FeelToken(FeelTokenKind.String, ReadString(text, ref i), start));
            }
            else if (char.IsLetter(c) || c == '_' || c == '?')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_' || text[i] == '?'))
                {
                    i++;
                }

                tokens.Add(new FeelToken(FeelTokenKind.Name, text[start..i], start));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                    ?? throw new FeelException(FeelException.SyntaxError, $"Unexpected character '{c}' at position {i + 1}.");
                tokens.Add(new FeelToken(FeelTokenKind.Symbol, symbol, i));
                i += symbol.Length;
            }
        }

        tokens.Add(new FeelToken(FeelTokenKind.End, "", text.Length));
        return tokens;
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
                    case 'u' when i + 4 < text.Length:
                        builder.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += 4;
                        break;
                    default: builder.Append(text[i]); break;
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
}
