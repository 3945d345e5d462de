using Microsoft.Extensions.Configuration;

namespace Kyzmat.Recruitment.Common;

/// <summary>
/// The one folder that holds what a host keeps on disk: the SQLite database, uploaded files when they are kept on
/// disk, the local mail outbox, temporary files. <c>Kyzmat:DataPath</c> (environment <c>Kyzmat__DataPath</c>);
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

    /// <summary>
    /// A key earlier versions generated under <c>keys/</c> (they kept keys on disk, now in the database): adopted once,
    /// so that an existing installation keeps its keys and what they signed stays valid.
    /// </summary>
    public static byte[]? ReadKeyFileOfEarlierVersions(DataFolder data, string fileName)
    {
        var path = System.IO.Path.Combine(data.Path, "keys", fileName);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }
}
