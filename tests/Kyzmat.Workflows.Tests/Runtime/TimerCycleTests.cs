using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Tests.Runtime;

public class TimerCycleTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task NonInterruptingCycle_FiresAsOftenAsItRepeats_WhileTheTaskWaits(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("timer-cycles");
        var instance = await host.StartAsync("timer-cycles", null, """{ "reminderCycle": "R3/PT1H" }""");
        var fired = new List<int>();

        for (var hour = 0; hour < 5; hour++)
        {
            host.Clock.Advance(TimeSpan.FromHours(1));
            fired.Add(await host.Runner.RunDueJobsAsync());
        }

        Assert.Equal([1, 1, 1, 0, 0], fired);
        var active = (await host.InstanceAsync(instance.Id)).ActiveElements;
        Assert.Equal(["Reminded", "Reminded", "Reminded", "Review"], active.Order(StringComparer.Ordinal).ToList());
        Assert.Empty(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task CronCycle_FiresOnWorkingDaysAtNine_AndStopsWhenTheTaskIsDone(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("timer-cycles");
        // The clock starts on Monday 2 March 2026 at 09:00 UTC; the next working day at nine is Tuesday.
        var instance = await host.StartAsync("timer-cycles", null, """{ "reminderCycle": "0 0 9 * * MON-FRI" }""");
        var first = Assert.Single(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));
        Assert.Equal(new DateTime(2026, 3, 3, 9, 0, 0, DateTimeKind.Utc), first.DueAt);

        host.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(1, await host.Runner.RunDueJobsAsync());
        var next = Assert.Single(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));
        Assert.Equal((new DateTime(2026, 3, 4, 9, 0, 0, DateTimeKind.Utc), JobKinds.BoundaryTimer), (next.DueAt, next.Kind));

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Review")).Id);

        Assert.Empty(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));
    });

    [Theory]
    [InlineData("R0/PT1H")]
    [InlineData("R5/soon")]
    [InlineData("61 * * * * *")]
    [InlineData("0 0 9 * * FUNDAY")]
    public void Parse_CycleThatCannotBeRead_IsATimerFinding(string cycle)
    {
        var xml = Diagrams.Load("timer-cycles").Replace("=reminderCycle", cycle, StringComparison.Ordinal);

        var finding = Assert.Single(BpmnParser.Parse(xml).Findings);

        Assert.Equal((FindingCodes.TimerInvalid, "Remind"), (finding.Code, finding.ElementId));
    }
}
