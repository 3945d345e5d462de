namespace Kyzmat.Workflows.Forms;

/// <summary>Why a form cannot be deployed (codes of the findings of <see cref="CamundaFormParser"/>), and why a task cannot find its form.</summary>
public static class FormFindingCodes
{
    public const string TooLarge = "FORM_TOO_LARGE";
    public const string JsonInvalid = "FORM_JSON_INVALID";
    public const string IdMissing = "FORM_ID_MISSING";
    public const string TooManyComponents = "FORM_TOO_MANY_COMPONENTS";
    public const string ComponentUnsupported = "FORM_COMPONENT_UNSUPPORTED";
    public const string KeyInvalid = "FORM_KEY_INVALID";
    public const string KeyDuplicate = "FORM_KEY_DUPLICATE";
    public const string ValidationInvalid = "FORM_VALIDATION_INVALID";

    /// <summary>On a user task: the form it links (zeebe:formDefinition formId) is not deployed (or not with that version tag).</summary>
    public const string FormNotFound = "FORM_NOT_FOUND";
}
