using System.Globalization;

namespace Kyzmat.Recruitment.Citizens;

/// <summary>
/// The personal identification number (ПИН) of the Kyrgyz Republic: 14 digits; the first is 1 or 2 (sex), the
/// next eight the date of birth as DDMMYYYY, the last five a serial number.
/// </summary>
public static class PersonalNumber
{
    public const int Length = 14;

    /// <summary>Checks the form only (no registry is asked); <paramref name="normalized"/> has spaces removed.</summary>
    public static PersonalNumberProblem Check(string? input, out string normalized)
    {
        normalized = new string((input ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (normalized.Length == 0)
        {
            return PersonalNumberProblem.Missing;
        }

        if (!normalized.All(char.IsAsciiDigit))
        {
            return PersonalNumberProblem.NotDigits;
        }

        if (normalized.Length != Length)
        {
            return PersonalNumberProblem.WrongLength;
        }

        if (normalized[0] is not ('1' or '2'))
        {
            return PersonalNumberProblem.WrongFirstDigit;
        }

        return DateOfBirth(normalized) is null ? PersonalNumberProblem.InvalidDate : PersonalNumberProblem.None;
    }

    /// <summary>The date of birth encoded in digits 2–9, or null when they are not a date.</summary>
    public static DateOnly? DateOfBirth(string pin) =>
        pin.Length >= 9 && DateOnly.TryParseExact(pin.AsSpan(1, 8), "ddMMyyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    public static bool IsValid(string? input) => Check(input, out _) == PersonalNumberProblem.None;
}
