namespace Kyzmat.Workflows.Forms;

/// <summary>
/// What is wrong with one submitted field: its variable path ("address.city"), a stable code (<see cref="FormErrorCodes"/>),
/// the arguments a message needs (a limit, a length) and an English message.
/// </summary>
public sealed record FormFieldError(string Key, string Code, IReadOnlyList<object> Arguments, string Message)
{
    /// <summary>The field's label in the form, when it has one.</summary>
    public string? Label { get; init; }
}
