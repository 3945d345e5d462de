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

    public UserInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = UserErrorCodes.InvalidInput;
        Arguments = [];
    }

    public string Code { get; }

    public IReadOnlyList<object> Arguments { get; }

    public string MessageIn(string language) => UserErrorMessages.Format(Code, language, [.. Arguments]);
}
