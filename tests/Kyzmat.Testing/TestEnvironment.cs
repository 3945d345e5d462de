using System.Net;
using System.Net.Sockets;

namespace Kyzmat.Testing;

public static class TestEnvironment
{
    /// <summary>
    /// A loopback TCP port that was free a moment ago, chosen below the ephemeral range (Linux: 32768–60999), where the
    /// local ends of outgoing connections — to PostgreSQL, SMTP, the host — cannot take it before the caller binds it.
    /// </summary>
    public static int FreeTcpPort()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(20000, 32000);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
            }
        }

        using var any = new TcpListener(IPAddress.Loopback, 0);
        any.Start();
        return ((IPEndPoint)any.LocalEndpoint).Port;
    }

    /// <summary>The repository's root folder (the one holding Kyzmat.sln), found above the test's output folder.</summary>
    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Kyzmat.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("Kyzmat.sln not found above the test folder.");
    }

    /// <summary>
    /// A folder of <c>../shared</c> beside the repository (the BPMN corpus, the DMN TCK: data from other projects, kept
    /// out of the repository); null when this checkout has none beside it.
    /// </summary>
    public static string? SharedFolder(string name)
    {
        var folder = Path.Combine(Path.GetDirectoryName(RepositoryRoot())!, "shared", name);
        return Directory.Exists(folder) ? folder : null;
    }
}
