namespace Kyzmat.Recruitment.Documents;

/// <summary>Configuration section <c>Kyzmat:Documents</c>.</summary>
public sealed class DocumentOptions
{
    public const string Section = "Kyzmat:Documents";

    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}
