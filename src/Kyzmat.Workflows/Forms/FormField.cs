using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Forms;

/// <summary>
/// One input field of a Camunda form: where its value goes (<see cref="Path"/>: a group's path, then the key split at dots)
/// and what the server checks of it. Layout components (text, spacer, groups themselves…) are not fields.
/// </summary>
public sealed record FormField(string Id, string Key, IReadOnlyList<string> Path, string Type)
{
    public string? Label { get; init; }

    public bool Required { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public string? Pattern { get; init; }

    /// <summary>"email" or "phone" for a textfield.</summary>
    public string? ValidationType { get; init; }

    /// <summary>Static options (values of select, radio, checklist, taglist); null when they come from a variable.</summary>
    public IReadOnlyList<JsonNode?>? Options { get; init; }

    /// <summary>The variable that holds the options (valuesKey), read when the task is completed.</summary>
    public string? OptionsKey { get; init; }

    /// <summary>A datetime's subtype: date, time or datetime.</summary>
    public string? Subtype { get; init; }

    public bool DisallowPassedDates { get; init; }

    /// <summary>Read-only or disabled (static): the field shows data and never sets it.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>conditional.hide: a FEEL expression; a hidden field is neither required nor submitted.</summary>
    public string? HideWhen { get; init; }

    /// <summary>readonly or disabled as a FEEL expression (true: the field's value is not taken).</summary>
    public string? ReadOnlyWhen { get; init; }

    public int? DecimalDigits { get; init; }

    public bool SerializeToString { get; init; }

    /// <summary>A filepicker that takes several files (a list of any length rather than at most one).</summary>
    public bool Multiple { get; init; }

    /// <summary>A filepicker's accepted types as form-js has them (".pdf,image/*"); null accepts any the upload accepts.</summary>
    public string? Accept { get; init; }
}
