using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Host;
using Kyzmat.Workflows.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Server.Tests.Jobs;

/// <summary>The wiring: the in-process hand-off exists in hosts that run jobs, not in one that only serves requests.</summary>
public sealed class WorkflowJobHandOffTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    public async Task TheInProcessQueue_IsRegisteredOnlyInHostsThatRunJobs(string? jobServer, bool inProcess)
    {
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        if (jobServer is not null)
        {
            host.Settings["Kyzmat:Jobs:Server"] = jobServer;
        }

        host.CreateClient().Dispose();

        Assert.Equal(inProcess, host.Services.GetService<InProcessJobQueue>() is not null);
    }
}
