using Kyzmat.Recruitment.Installation;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Traits;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Tests.Installation;

public sealed class GeneratedKeysTests
{
    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HostsAskingAtOnce_AllGetTheKeyTheFirstOneStored(DatabaseProvider provider)
    {
        await using var room = await RecruitmentRoom.StartAsync(provider);
        var generated = await room.InScopeAsync(s => Task.FromResult(s.GetRequiredService<GeneratedKeys>()));
        using var start = new ManualResetEventSlim();

        // Each asker generates a different key; whoever inserts first wins, the others must read the winner's.
        var askers = Enumerable.Range(0, 8).Select(i => Task.Run(() =>
        {
            start.Wait();
            return generated.GetOrCreate("test-key", () => [(byte)i, 1, 2, 3]);
        })).ToArray();
        start.Set();
        var keys = await Task.WhenAll(askers);

        Assert.Single(keys.Select(Convert.ToHexString).Distinct());
        Assert.Equal(keys[0], generated.GetOrCreate("test-key", () => [99]));
    }
}
