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

    /// <summary>Writes a key file readable by its owner only, unless another host sharing the folder wrote it first.</summary>
    public static void WriteOnce(string path, byte[] content)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // never readable by others, not even briefly
        }

        using (var file = new FileStream(temporary, options))
        {
            file.Write(content);
        }

        try
        {
            File.Move(temporary, path);
        }
        catch (IOException)
        {
            File.Delete(temporary); // another host sharing the folder was first: use its key.
        }
    }
}
