using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Tests.Runtime;

public class ErrorEventTests : EngineTest
{
    private static void Handlers(IServiceCollection services) => services.AddServiceTaskHandler<CheckHandler>();

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task WorkerThrowsAnError_TheBoundaryWithItsCodeCatchesIt_AndTheTaskIsLeft(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("error-events");
        var instance = await host.StartAsync("error-events", null, """{ "errorCode": "DOC_MISSING" }""");

        Assert.Equal(1, await host.Runner.RunDueJobsAsync());

        var after = await host.InstanceAsync(instance.Id);
        Assert.Equal(["FixDocs"], after.ActiveElements);
        Assert.Equal("no diploma", after.Variables["reason"]!.GetValue<string>());
        Assert.Empty(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));
    }, Handlers);

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task WorkerThrowsAnotherError_TheCatchAllBoundaryCatchesIt(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("error-events");
        var instance = await host.StartAsync("error-events", null, """{ "errorCode": "SOMETHING_ELSE" }""");

        await host.Runner.RunDueJobsAsync();

        Assert.Equal(["Investigate"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    }, Handlers);

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ErrorEndEventInASubProcess_IsCaughtOnTheSubProcess_WhichIsTerminatedWithEverythingInIt(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("error-events");
        var instance = await host.StartAsync("error-events");
        await host.Runner.RunDueJobsAsync();
        Assert.Equal(["Review", "Read", "Decide"], (await host.InstanceAsync(instance.Id)).ActiveElements.Order(StringComparer.Ordinal).Reverse().ToList());
        var read = await host.SingleTaskAsync(instance.Id, "Read");

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Decide")).Id, variablesJson: """{ "decision": "refuse", "refusalCode": "REFUSED" }""");

        Assert.Equal(["Refused"], (await host.InstanceAsync(instance.Id)).ActiveElements);
        var readAfter = await host.Tasks(t => t.GetAsync(read.Id));
        Assert.Equal(UserTaskStates.Cancelled, readAfter.State);
        Assert.Empty(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));
    }, Handlers);

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task TimerOnASubProcess_Fires_AndTerminatesWhatRunsInside(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("error-events");
        var instance = await host.StartAsync("error-events");
        await host.Runner.RunDueJobsAsync();
        var timer = Assert.Single(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));
        Assert.Equal(("ReviewDeadline", JobKinds.BoundaryTimer), (timer.ElementId, timer.Kind));

        host.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await host.Runner.RunDueJobsAsync());

        var after = await host.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStates.Completed, after.State);
        Assert.Empty((await host.Tasks(t => t.QueryAsync(new UserTaskQuery { InstanceId = instance.Id }))).Items);
    }, Handlers);

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AnErrorNobodyCatches_IsAnIncidentOnTheThrowingEvent(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("error-events");
        var instance = await host.StartAsync("error-events");
        await host.Runner.RunDueJobsAsync();

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Decide")).Id, variablesJson: """{ "decision": "refuse", "refusalCode": "NOBODY_CATCHES_THIS" }""");

        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
        Assert.Equal(IncidentCodes.UnhandledError, incident.Code);
        Assert.Equal("ThrowRefused", incident.ElementId);
        Assert.Contains("NOBODY_CATCHES_THIS", incident.Message, StringComparison.Ordinal);
        Assert.Contains("Read", (await host.InstanceAsync(instance.Id)).ActiveElements);
    }, Handlers);

    [Theory]
    [InlineData("""<bpmn:boundaryEvent id="B" cancelActivity="false" attachedToRef="T"><bpmn:errorEventDefinition /></bpmn:boundaryEvent>""", FindingCodes.BoundaryInvalid)]
    [InlineData("""<bpmn:boundaryEvent id="B" attachedToRef="T"><bpmn:errorEventDefinition errorRef="Nope" /></bpmn:boundaryEvent>""", FindingCodes.ErrorInvalid)]
    [InlineData("""<bpmn:boundaryEvent id="B" attachedToRef="T"><bpmn:errorEventDefinition errorRef="Dynamic" /></bpmn:boundaryEvent>""", FindingCodes.ErrorInvalid)]
    public void Parse_ErrorBoundaryThatCannotWork_IsRefused(string boundary, string code)
    {
        var xml = $"""
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="D">
              <bpmn:error id="Dynamic" errorCode="=code" />
              <bpmn:process id="p" isExecutable="true">
                <bpmn:startEvent id="S" /><bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T" />
                <bpmn:userTask id="T" />
                {boundary}
                <bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="E" /><bpmn:sequenceFlow id="F3" sourceRef="B" targetRef="E" /><bpmn:endEvent id="E" />
              </bpmn:process>
            </bpmn:definitions>
            """;

        var finding = Assert.Single(BpmnParser.Parse(xml).Findings);

        Assert.Equal((code, "B"), (finding.Code, finding.ElementId));
    }

    [Fact]
    public void Parse_ErrorEndEventWithoutAnErrorCode_IsRefused()
    {
        var xml = Diagrams.Load("error-events").Replace("""<bpmn:errorEventDefinition errorRef="Error_Thrown" />""", "<bpmn:errorEventDefinition />", StringComparison.Ordinal);

        var finding = Assert.Single(BpmnParser.Parse(xml).Findings);

        Assert.Equal((FindingCodes.ErrorInvalid, "ThrowRefused"), (finding.Code, finding.ElementId));
    }
}
