namespace Kyzmat.Recruitment.Citizens;

/// <summary>Why a typed PIN is not a PIN; each has its own message on the sign-in page.</summary>
public enum PersonalNumberProblem
{
    None,
    Missing,
    NotDigits,
    WrongLength,
    WrongFirstDigit,
    InvalidDate,
}
