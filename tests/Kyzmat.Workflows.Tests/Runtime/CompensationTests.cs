using System.Text.Json.Nodes;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Tests.Runtime;

/// <summary>
/// compensation.bpmn: Book (manual task) and Reserve (a task inside the sub-process Sub) pass at once, Charge is a user
/// task; each has a compensation boundary event with a handler (UndoBook and UndoReserve are scripts appending to
/// <c>undone</c>, UndoCharge is a user task). When <c>cancelled</c>, the throw event Undo compensates.
/// </summary>
public class CompensationTests : EngineTest
{
    private const string Cancelled = """{ "cancelled": true, "undone": [] }""";

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task TheThrowEvent_RunsTheHandlersOfEverythingCompletedInItsScope_AndWaitsForThem(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("compensation");
        var instance = await host.StartAsync("compensation", null, Cancelled);

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Charge")).Id);

        var compensating = await host.InstanceAsync(instance.Id);
        Assert.Equal(["UndoCharge", "Undo"], compensating.ActiveElements.OrderByDescending(e => e).ToList());
        Assert.Equal(["book", "reserve"], Undone(compensating).Order().ToList());

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "UndoCharge")).Id);

        var done = await host.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStates.Completed, done.State);
        var history = await host.Engine(e => e.GetHistoryAsync(instance.Id));
        Assert.Contains(history, h => h.EventType == HistoryEventTypes.ElementLeft && h.ElementId == "Cancelled");
        Assert.Null(await CompensationsJsonAsync(host, instance.Id));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ActivityRef_CompensatesOnlyThatActivity(string provider) => WithEngineAsync(provider, async host =>
    {
        var xml = Diagrams.Load("compensation").Replace("<bpmn:compensateEventDefinition id=\"UndoDefinition\" />",
            "<bpmn:compensateEventDefinition id=\"UndoDefinition\" activityRef=\"Book\" />", StringComparison.Ordinal);
        await host.Engine(e => e.DeployAsync(xml, "compensation.bpmn"));
        var instance = await host.StartAsync("compensation", null, Cancelled);

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Charge")).Id);

        var done = await host.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStates.Completed, done.State);
        Assert.Equal(["book"], Undone(done));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ACompensationThrownBeforeAnythingCompleted_PassesAtOnce_AndALaterOneStillFindsWhatCompletedSince(string provider) =>
        WithEngineAsync(provider, async host =>
        {
            // An extra throw event at the very start: nothing has completed yet, so it undoes nothing and passes.
            var xml = Diagrams.Load("compensation")
                .Replace("<bpmn:sequenceFlow id=\"F1\" sourceRef=\"Start\" targetRef=\"Book\" />",
                    """
                    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="UndoEarly" />
                    <bpmn:intermediateThrowEvent id="UndoEarly"><bpmn:compensateEventDefinition /></bpmn:intermediateThrowEvent>
                    <bpmn:sequenceFlow id="F0" sourceRef="UndoEarly" targetRef="Book" />
                    """, StringComparison.Ordinal);
            await host.Engine(e => e.DeployAsync(xml, "compensation.bpmn"));
            var instance = await host.StartAsync("compensation", null, Cancelled);

            Assert.Equal(["Charge"], instance.ActiveElements);
            Assert.Empty(Undone(instance));
            Assert.NotNull(await CompensationsJsonAsync(host, instance.Id));

            await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Charge")).Id);

            Assert.Equal(["book", "reserve"], Undone(await host.InstanceAsync(instance.Id)).Order().ToList());
        });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task WithoutACompensationEvent_NothingIsUndone_AndNothingIsKeptOnceTheInstanceEnds(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("compensation");
        var instance = await host.StartAsync("compensation", null, """{ "cancelled": false, "undone": [] }""");

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Charge")).Id);

        var done = await host.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStates.Completed, done.State);
        Assert.Empty(Undone(done));
        Assert.Null(await CompensationsJsonAsync(host, instance.Id));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task CancellingTheInstanceWhileCompensating_CancelsTheHandlers(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("compensation");
        var instance = await host.StartAsync("compensation", null, Cancelled);
        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Charge")).Id);
        var refund = await host.SingleTaskAsync(instance.Id, "UndoCharge");

        await host.Engine(e => e.CancelAsync(instance.Id));

        Assert.Equal(InstanceStates.Cancelled, (await host.InstanceAsync(instance.Id)).State);
        Assert.Equal(Kyzmat.Workflows.Tasks.UserTaskStates.Cancelled, (await host.Tasks(t => t.GetAsync(refund.Id))).State);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AfterMigratingToAVersionWhereBookHasNoHandler_OnlyTheRestIsUndone(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("compensation");
        var instance = await host.StartAsync("compensation", null, Cancelled);
        var v2 = await host.Engine(e => e.DeployAsync(Diagrams.Load("compensation")
            .Replace("<bpmn:boundaryEvent id=\"BookUndoable\" attachedToRef=\"Book\"><bpmn:compensateEventDefinition /></bpmn:boundaryEvent>", "", StringComparison.Ordinal)
            .Replace("<bpmn:association id=\"A1\" associationDirection=\"One\" sourceRef=\"BookUndoable\" targetRef=\"UndoBook\" />", "", StringComparison.Ordinal),
            "compensation.bpmn"));

        await host.Engine(e => e.MigrateAsync(instance.Id, v2.DefinitionId, new Dictionary<string, string>()));
        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Charge")).Id);

        Assert.Equal(["reserve"], Undone(await host.InstanceAsync(instance.Id)));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AThrowEventInAnErrorEventSubProcess_CompensatesTheScopeAroundIt(string provider) => WithEngineAsync(provider, async host =>
    {
        // Charging fails with an error; the error event sub-process undoes the booking (activityRef into the process) and ends.
        var xml = Diagrams.Load("compensation")
            .Replace("<bpmn:process id=\"compensation\"", "<bpmn:error id=\"Error_Declined\" errorCode=\"declined\" /><bpmn:process id=\"compensation\"", StringComparison.Ordinal)
            .Replace("<bpmn:sequenceFlow id=\"F4\" sourceRef=\"Charge\" targetRef=\"Gate\" />", """
                <bpmn:sequenceFlow id="F4" sourceRef="Charge" targetRef="Declined" />
                <bpmn:endEvent id="Declined"><bpmn:errorEventDefinition errorRef="Error_Declined" /></bpmn:endEvent>
                <bpmn:subProcess id="OnDeclined" triggeredByEvent="true">
                  <bpmn:startEvent id="DeclinedStart"><bpmn:errorEventDefinition errorRef="Error_Declined" /></bpmn:startEvent>
                  <bpmn:sequenceFlow id="E1" sourceRef="DeclinedStart" targetRef="UndoBooking" />
                  <bpmn:intermediateThrowEvent id="UndoBooking"><bpmn:compensateEventDefinition activityRef="Book" /></bpmn:intermediateThrowEvent>
                  <bpmn:sequenceFlow id="E2" sourceRef="UndoBooking" targetRef="DeclinedEnd" />
                  <bpmn:endEvent id="DeclinedEnd" />
                </bpmn:subProcess>
                """, StringComparison.Ordinal);
        Assert.True(BpmnParser.Parse(xml).IsValid, string.Join("; ", BpmnParser.Parse(xml).Findings.Select(f => $"{f.ElementId} {f.Code} {f.Message}")));
        await host.Engine(e => e.DeployAsync(xml, "compensation.bpmn"));
        var instance = await host.StartAsync("compensation", null, Cancelled);

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Charge")).Id);

        var done = await host.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStates.Completed, done.State);
        Assert.Equal(["book"], Undone(done));
    });

    [Theory]
    [InlineData("<bpmn:association id=\"A1\" associationDirection=\"One\" sourceRef=\"BookUndoable\" targetRef=\"UndoBook\" />", "", "BookUndoable")]
    [InlineData("name=\"Cancel the booking\" isForCompensation=\"true\"", "name=\"Cancel the booking\"", "BookUndoable")]
    [InlineData("<bpmn:compensateEventDefinition id=\"UndoDefinition\" />", "<bpmn:compensateEventDefinition id=\"UndoDefinition\" activityRef=\"Reserve\" />", "Undo")]
    [InlineData("<bpmn:endEvent id=\"Done\" />", "<bpmn:endEvent id=\"Done\" /><bpmn:sequenceFlow id=\"FX\" sourceRef=\"Gate\" targetRef=\"UndoCharge\" />", "UndoCharge")]
    [InlineData("<bpmn:compensateEventDefinition id=\"UndoDefinition\" />", "<bpmn:compensateEventDefinition id=\"UndoDefinition\" waitForCompletion=\"false\" />", "Undo")]
    [InlineData("<bpmn:endEvent id=\"Done\" />",
        "<bpmn:endEvent id=\"Done\" /><bpmn:boundaryEvent id=\"RefundLate\" attachedToRef=\"UndoCharge\"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>",
        "UndoCharge")]
    public void Parse_CompensationDrawnAsCamundaRefusesIt_IsRefusedOnTheElement(string from, string to, string elementId)
    {
        var xml = Diagrams.Load("compensation").Replace(from, to, StringComparison.Ordinal);

        var result = BpmnParser.Parse(xml);

        Assert.Null(result.Model);
        Assert.Contains(result.Findings, f => f.ElementId == elementId && f.Code == FindingCodes.CompensationInvalid);
    }

    private static List<string> Undone(WorkflowInstanceInfo instance) =>
        instance.Variables["undone"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();

    private static Task<string?> CompensationsJsonAsync(EngineHost host, Guid instanceId) =>
        host.Db(db => db.Set<WorkflowInstanceRecord>().Where(i => i.Id == instanceId).Select(i => i.CompensationsJson).SingleAsync());
}
