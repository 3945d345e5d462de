namespace Kyzmat.Workflows.Forms;

/// <summary>Stable codes of a submitted form's field errors (<see cref="FormFieldError.Code"/>).</summary>
public static class FormErrorCodes
{
    public const string Required = "FORM_FIELD_REQUIRED";
    public const string Type = "FORM_FIELD_TYPE";
    public const string TooShort = "FORM_FIELD_TOO_SHORT";
    public const string TooLong = "FORM_FIELD_TOO_LONG";
    public const string BelowMin = "FORM_FIELD_BELOW_MIN";
    public const string AboveMax = "FORM_FIELD_ABOVE_MAX";
    public const string Decimals = "FORM_FIELD_DECIMALS";
    public const string Pattern = "FORM_FIELD_PATTERN";
    public const string Email = "FORM_FIELD_EMAIL";
    public const string Phone = "FORM_FIELD_PHONE";
    public const string Option = "FORM_FIELD_OPTION";
    public const string Date = "FORM_FIELD_DATE";
    public const string DatePassed = "FORM_FIELD_DATE_PASSED";

    /// <summary>A filepicker's reference to a document that does not exist or that the person completing the task did not upload.</summary>
    public const string Document = "FORM_FIELD_DOCUMENT";

    /// <summary>A filepicker's document of a type its <c>accept</c> does not list.</summary>
    public const string DocumentType = "FORM_FIELD_DOCUMENT_TYPE";

    /// <summary>A submitted variable the form does not define: a form cannot set anything else.</summary>
    public const string Unknown = "FORM_FIELD_UNKNOWN";
}
