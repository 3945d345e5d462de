namespace Kyzmat.Recruitment.Documents;

/// <summary>Configuration section <c>Kyzmat:Documents</c>.</summary>
public sealed class DocumentOptions
{
    public const string Section = "Kyzmat:Documents";

    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Where new uploads are kept: the database (default) or a folder.</summary>
    public DocumentStore Store { get; set; } = DocumentStore.Database;

    /// <summary>The folder of <see cref="DocumentStore.FileSystem"/> (and of files stored by earlier versions); by default <c>&lt;DataPath&gt;/files</c>.</summary>
    public string? FileSystemPath { get; set; }

    /// <summary>What one citizen may keep uploaded at a time, in bytes (removed documents count until the orphan job frees them).</summary>
    public long MaxBytesPerCitizen { get; set; } = 100 * 1024 * 1024;

    public int MaxFilesPerCitizen { get; set; } = 50;

    /// <summary>Uploads one citizen may make in ten minutes (counted per host: with N hosts up to N times as many).</summary>
    public int UploadsPer10Minutes { get; set; } = 30;

    /// <summary>How old a document that nothing refers to must be before the daily job deletes it.</summary>
    public TimeSpan OrphanAfter { get; set; } = TimeSpan.FromDays(1);
}
