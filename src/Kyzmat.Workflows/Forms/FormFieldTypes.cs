namespace Kyzmat.Workflows.Forms;

/// <summary>The form-js component types: which are inputs the server validates, which only lay out or show.</summary>
public static class FormFieldTypes
{
    public static readonly IReadOnlySet<string> Inputs = new HashSet<string>(StringComparer.Ordinal)
    {
        "textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "datetime", "taglist", "filepicker",
    };

    /// <summary>Shown, never submitted: their values (if any) are not variables.</summary>
    public static readonly IReadOnlySet<string> Display = new HashSet<string>(StringComparer.Ordinal)
    {
        "text", "html", "spacer", "separator", "image", "button", "iframe", "table", "documentPreview",
    };

    /// <summary>Containers whose components are read too (a group's path prefixes its fields' keys).</summary>
    public static readonly IReadOnlySet<string> Containers = new HashSet<string>(StringComparer.Ordinal) { "default", "group" };

    /// <summary>Types with options (values, valuesKey).</summary>
    public static readonly IReadOnlySet<string> WithOptions = new HashSet<string>(StringComparer.Ordinal) { "checklist", "radio", "select", "taglist" };
}
