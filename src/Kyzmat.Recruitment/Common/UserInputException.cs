namespace Kyzmat.Recruitment.Common;

/// <summary>
/// A request a user made that cannot be carried out as asked. Its <see cref="Code"/> is stable and
/// names a message in every UI language (<see cref="UserErrorMessages"/>); never a server error.
/// </summary>
public sealed class UserInputException : Exception
{
    public UserInputException(string code, params object[] arguments)
        : base(UserErrorMessages.Format(code, "en", arguments))
    {
        Code = code;
        Arguments = arguments;
    }

    public UserInputException()
        : this(UserErrorCodes.InvalidInput)
    {
    }

    /// <summary>A user error caused by <paramref name="innerException"/> (kept for the log, never shown).</summary>
    public UserInputException(string code, Exception innerException)
        : base(UserErrorMessages.Format(code, "en"), innerException)
    {
        Code = code;
        Arguments = [];
    }

    public string Code { get; }

    public IReadOnlyList<object> Arguments { get; }

    public string MessageIn(string language) => UserErrorMessages.Format(Code, language, [.. Arguments]);
}
