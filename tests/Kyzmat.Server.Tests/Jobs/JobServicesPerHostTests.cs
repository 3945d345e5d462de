using Hangfire;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Host;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Server.Tests.Jobs;

/// <summary>
/// Hangfire keeps its storage and job activator in process-wide statics. Two hosts in one process (as tests run them)
/// must still each run jobs with their own services and storage, or one host's mail goes out through the other's.
/// </summary>
public sealed class JobServicesPerHostTests
{
    [Fact]
    public async Task TwoHostsInOneProcess_EachHasItsOwnJobActivatorAndStorage()
    {
        await using var first = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        first.Settings["Kyzmat:Jobs:Server"] = "false";
        await using var second = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        first.CreateClient().Dispose();
        second.CreateClient().Dispose();

        // Resolved only now, after the second host configured Hangfire's statics for itself.
        var firstActivator = first.Services.GetRequiredService<JobActivator>();
        var firstStorage = first.Services.GetRequiredService<JobStorage>();

        Assert.NotSame(second.Services.GetRequiredService<JobActivator>(), firstActivator);
        Assert.NotSame(second.Services.GetRequiredService<JobStorage>(), firstStorage);
    }
}
