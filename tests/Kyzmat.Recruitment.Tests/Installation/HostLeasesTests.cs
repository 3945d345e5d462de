using Kyzmat.Recruitment.Installation;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Traits;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kyzmat.Recruitment.Tests.Installation;

public sealed class HostLeasesTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HostsAskingAtOnce_ExactlyOneHoldsTheLease(DatabaseProvider provider)
    {
        await using var room = await RecruitmentRoom.StartAsync(provider);
        var leases = await room.InScopeAsync(s => Task.FromResult(s.GetRequiredService<HostLeases>()));
        using var start = new ManualResetEventSlim();

        var askers = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await leases.TryHoldAsync("job", $"host-{i}", Minute, default);
        })).ToArray();
        start.Set();

        Assert.Single(await Task.WhenAll(askers), held => held);
    }

    [Fact]
    public async Task AHolderThatStopsRenewing_IsReplacedOnceItsLeaseExpires_AndTheNextGoesOnFromItsCheckpoint()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite, configure: s => s.AddSingleton<TimeProvider>(clock));
        var leases = await room.InScopeAsync(s => Task.FromResult(s.GetRequiredService<HostLeases>()));

        Assert.True(await leases.TryHoldAsync("job", "a", Minute, default));
        Assert.True(await leases.SaveCheckpointAsync("job", "a", 42, default));
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.False(await leases.TryHoldAsync("job", "b", Minute, default));
        Assert.True(await leases.TryHoldAsync("job", "a", Minute, default)); // renewed: a minute from now
        clock.Advance(TimeSpan.FromSeconds(61));

        Assert.True(await leases.TryHoldAsync("job", "b", Minute, default));
        Assert.Equal(42, await leases.CheckpointAsync("job", default));
        Assert.False(await leases.SaveCheckpointAsync("job", "a", 43, default)); // the old holder learns it lost the lease
        Assert.False(await leases.TryHoldAsync("job", "a", Minute, default));
    }

    [Fact]
    public async Task AReleasedLease_CanBeTakenAtOnce()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);
        var leases = await room.InScopeAsync(s => Task.FromResult(s.GetRequiredService<HostLeases>()));
        Assert.True(await leases.TryHoldAsync("job", "a", Minute, default));

        await leases.ReleaseAsync("job", "a", default);

        Assert.True(await leases.TryHoldAsync("job", "b", Minute, default));
    }
}
