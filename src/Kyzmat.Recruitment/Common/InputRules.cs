using System.Text.RegularExpressions;
using Kyzmat.Recruitment.Profiles;

namespace Kyzmat.Recruitment.Common;

/// <summary>The checks every form input (profile, vacancy) goes through; each failure is a <see cref="UserInputException"/>.</summary>
internal static partial class InputRules
{
    public static string Required(string? value, LocalizedText label, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new UserInputException(UserErrorCodes.RequiredField, label);
        }

        return MaxLength(trimmed, label, maxLength);
    }

    public static string? Optional(string? value, LocalizedText label, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : MaxLength(trimmed, label, maxLength);
    }

    public static void Period(DateOnly start, DateOnly? end, DateOnly today, DateOnly latestEnd)
    {
        if (start > today)
        {
            throw new UserInputException(UserErrorCodes.DateInFuture, FieldLabels.StartDate);
        }

        if (end is { } e && e < start)
        {
            throw new UserInputException(UserErrorCodes.DateRangeInvalid);
        }

        if (end > latestEnd)
        {
            throw new UserInputException(UserErrorCodes.DateInFuture, FieldLabels.EndDate);
        }
    }

    /// <summary>A phone number in international form, spaces and dashes allowed: +996 555 123 456.</summary>
    public static string? Phone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var digits = PhoneSeparators().Replace(value.Trim(), "");
        return PhoneShape().IsMatch(digits) ? digits : throw new UserInputException(UserErrorCodes.PhoneInvalid);
    }

    private static string MaxLength(string value, LocalizedText label, int maxLength) =>
        value.Length <= maxLength ? value : throw new UserInputException(UserErrorCodes.TextTooLong, label, maxLength);

    [GeneratedRegex(@"[\s\-()]")]
    private static partial Regex PhoneSeparators();

    [GeneratedRegex(@"^\+?\d{9,15}$")]
    private static partial Regex PhoneShape();
}
