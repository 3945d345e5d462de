using Kyzmat.Workflows.Forms;

namespace Kyzmat.Recruitment.Common;

/// <summary>A refused form field's message in a UI language (<see cref="UserErrorMessages"/> keeps the texts by code).</summary>
public static class FormFieldMessages
{
    public static string In(FormFieldError error, string language)
    {
        ArgumentNullException.ThrowIfNull(error);
        return UserErrorMessages.Format(error.Code, language, [.. error.Arguments]);
    }
}
