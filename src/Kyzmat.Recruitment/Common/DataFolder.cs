using Microsoft.Extensions.Configuration;

namespace Kyzmat.Recruitment.Common;

/// <summary>
/// The one folder that holds what an installation keeps on disk: the SQLite database, generated keys,
/// uploaded files, the local mail outbox. <c>Kyzmat:DataPath</c> (environment <c>Kyzmat__DataPath</c>);
/// by default <c>./data</c> beside the working directory.
/// </summary>
public sealed class DataFolder
{
    public const string ConfigurationKey = "Kyzmat:DataPath";

    public DataFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
    }

    public string Path { get; }

    public static DataFolder From(IConfiguration configuration)
    {
        var configured = configuration[ConfigurationKey];
        return new DataFolder(string.IsNullOrWhiteSpace(configured) ? "data" : configured);
    }

    /// <summary>A sub-folder, created when missing.</summary>
    public string Folder(string name)
    {
        var folder = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public void EnsureExists() => Directory.CreateDirectory(Path);
}
