using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Kyzmat.Workflows.Expressions;

/// <summary>matches(), replace(), split(), extract(): XPath regular expressions, bounded against catastrophic backtracking.</summary>
internal static class RegexFunctions
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    // Building a non-backtracking regex costs far more than a match, and diagrams reuse a few patterns.
    private const int CacheSize = 256;
    private const int MaxPatternLength = 2_000;
    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options), Regex?> Cache = new();

    public static void Register(BuiltinTable t)
    {
        t.Add("matches", ["input", "pattern"], (_, a) => Matches(a[0], a[1], ""));
        t.Add("matches", ["input", "pattern", "flags"], (_, a) => Matches(a[0], a[1], a[2]));
        t.Add("replace", ["input", "pattern", "replacement"], (_, a) => Replace(a[0], a[1], a[2], ""));
        t.Add("replace", ["input", "pattern", "replacement", "flags"], (_, a) => Replace(a[0], a[1], a[2], a[3]));
        t.Add("split", ["string", "delimiter"], (_, a) => Split(a[0], a[1]));
        t.Add("extract", ["string", "pattern"], (_, a) =>
            a is [string s, string p] && Create(p, "") is { } regex ? Timed(() => Arguments.Checked(regex.Matches(s).Select(m => (object?)m.Value).ToList())) : null);
    }

    private static object? Matches(object? input, object? pattern, object? flags) =>
        input is string s && pattern is string p && flags is null or string && Create(p, (string?)flags ?? "") is { } regex ? Timed(() => regex.IsMatch(s)) : null;

    private static object? Replace(object? input, object? pattern, object? replacement, object? flags)
    {
        if (input is not string s || pattern is not string p || replacement is not string r || flags is not (null or string)
            || Create(p, (string?)flags ?? "") is not { } regex || regex.IsMatch("") || Substitution(r) is not { } substitution)
        {
            return null;
        }

        long length = s.Length;
        return Timed(() => regex.Replace(s, match =>
        {
            var value = match.Result(substitution);
            length += value.Length - match.Length;
            FeelBudget.CheckLength(length);
            return value;
        }));
    }

    private static object? Split(object? input, object? delimiter)
    {
        if (input is not string s || delimiter is not string d || Create(d, "", RegexOptions.ExplicitCapture) is not { } regex || regex.IsMatch(""))
        {
            return null;
        }

        return s.Length == 0 ? new List<object?>() : Timed(() => Arguments.Checked(regex.Split(s).Select(part => (object?)part).ToList()));
    }

    /// <summary>Runs a match, charging its time to the evaluation; a match past its own timeout ends the evaluation.</summary>
    private static T Timed<T>(Func<T> match)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            return match();
        }
        catch (RegexMatchTimeoutException)
        {
            throw FeelBudget.Exceeded($"A regular expression took longer than {Timeout.TotalMilliseconds:0} ms.");
        }
        finally
        {
            FeelBudget.ChargeRegex(clock.Elapsed);
        }
    }

    /// <summary>An XPath replacement ("$1", "\$") in .NET's form ("${1}", "$$"); null when malformed.</summary>
    private static string? Substitution(string replacement)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < replacement.Length; i++)
        {
            var c = replacement[i];
            if (c == '\\')
            {
                if (i + 1 >= replacement.Length || replacement[i + 1] is not ('\\' or '$'))
                {
                    return null;
                }

                builder.Append(replacement[++i] == '$' ? "$$" : "\\");
            }
            else if (c == '$')
            {
                var start = i + 1;
                while (i + 1 < replacement.Length && char.IsAsciiDigit(replacement[i + 1]))
                {
                    i++;
                }

                if (i + 1 == start)
                {
                    return null;
                }

                builder.Append("${").Append(replacement, start, i + 1 - start).Append('}');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static Regex? Create(string pattern, string flags, RegexOptions extra = RegexOptions.None)
    {
        var options = RegexOptions.CultureInvariant | extra;
        var dropWhitespace = false;
        foreach (var flag in flags)
        {
            switch (flag)
            {
                case 's': options |= RegexOptions.Singleline; break;
                case 'm': options |= RegexOptions.Multiline; break;
                case 'i': options |= RegexOptions.IgnoreCase; break;
                case 'x': dropWhitespace = true; break;
                case 'q': pattern = Regex.Escape(pattern); break;
                default: return null;
            }
        }

        if (XPathRegex.HasInvalidReference(pattern))
        {
            return null;
        }

        pattern = XPathRegex.Translate(pattern, (options & RegexOptions.Singleline) != 0, dropWhitespace);
        if (pattern.Length > MaxPatternLength)
        {
            return null;
        }

        var key = (pattern, options);
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var regex = Build(pattern, options);
        if (Cache.Count < CacheSize)
        {
            Cache.TryAdd(key, regex);
        }

        return regex;
    }

    private static Regex? Build(string pattern, RegexOptions options)
    {
        try
        {
            // The non-backtracking engine runs in linear time; patterns it cannot run (back-references) get a timeout instead.
            return new Regex(pattern, options | RegexOptions.NonBacktracking, Timeout);
        }
        catch (NotSupportedException)
        {
            return TryCreate(pattern, options);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Regex? TryCreate(string pattern, RegexOptions options)
    {
        try
        {
            return new Regex(pattern, options, Timeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
