using Microsoft.EntityFrameworkCore;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Kyzmat.Workflows.Tests.Support;

namespace Kyzmat.Workflows.Tests.Runtime;

public class CallActivityTests : EngineTest
{
    private const string Start = """{ "base": 21, "who": "aibek" }""";

    private static async Task DeployAllAsync(EngineHost host)
    {
        await host.DeployAsync("instant-child");
        await host.DeployAsync("review-child");
        await host.DeployAsync("call-parent");
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task CalledProcesses_RunAsChildren_TheirVariablesComeBackAsTheCallActivitySays(string provider) => WithEngineAsync(provider, async host =>
    {
        await DeployAllAsync(host);
        var parent = await host.StartAsync("call-parent", "AR-7", Start);

        // The instant child ended in the same step: only its output mapping's target came back.
        Assert.Equal(["CallReview"], parent.ActiveElements);
        Assert.Equal("42", parent.Variables["twice"]!.ToJsonString());
        Assert.False(parent.Variables.ContainsKey("doubled"));
        var task = Assert.Single((await host.Tasks(t => t.QueryAsync(new UserTaskQuery { BusinessKey = "AR-7" }))).Items);
        Assert.Equal(("ChildReview", "hr-aibek"), (task.ElementId, task.Assignee));
        var child = await host.InstanceAsync(task.InstanceId);
        Assert.Equal(parent.Id, child.ParentInstanceId);
        Assert.Equal([parent.Id], (await host.Engine(e => e.FindByBusinessKeyAsync("AR-7"))).Select(i => i.Id).ToList());

        await host.CompleteAsync(task.Id, variablesJson: """{ "verdict": "fit" }""");

        Assert.Equal(InstanceStates.Completed, (await host.InstanceAsync(child.Id)).State);
        var after = await host.InstanceAsync(parent.Id);
        Assert.Equal(["After"], after.ActiveElements);
        Assert.Equal("fit", after.Variables["verdict"]!.GetValue<string>());
        Assert.False(after.Variables.ContainsKey("reviewer"), "The call activity's input stays its own.");
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task CancellingTheParent_CancelsTheChild_AndTheChildAloneCannotBeCancelled(string provider) => WithEngineAsync(provider, async host =>
    {
        await DeployAllAsync(host);
        var parent = await host.StartAsync("call-parent", "AR-8", Start);
        var task = Assert.Single((await host.Tasks(t => t.QueryAsync(new UserTaskQuery { BusinessKey = "AR-8" }))).Items);

        var refused = await Assert.ThrowsAsync<WorkflowException>(() => host.Engine(e => e.CancelAsync(task.InstanceId)));
        Assert.Equal(WorkflowErrorCodes.InstanceHasParent, refused.Code);

        await host.Engine(e => e.CancelAsync(parent.Id));

        Assert.Equal(InstanceStates.Cancelled, (await host.InstanceAsync(task.InstanceId)).State);
        Assert.Equal(UserTaskStates.Cancelled, (await host.Tasks(t => t.GetAsync(task.Id))).State);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ATimerOnTheCallActivity_Fires_AndCancelsTheChild(string provider) => WithEngineAsync(provider, async host =>
    {
        await DeployAllAsync(host);
        var parent = await host.StartAsync("call-parent", "AR-9", Start);
        var task = Assert.Single((await host.Tasks(t => t.QueryAsync(new UserTaskQuery { BusinessKey = "AR-9" }))).Items);

        host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await host.Runner.RunDueJobsAsync());

        Assert.Equal(InstanceStates.Completed, (await host.InstanceAsync(parent.Id)).State);
        Assert.Equal(InstanceStates.Cancelled, (await host.InstanceAsync(task.InstanceId)).State);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task CalledProcessNotDeployed_IsAnIncidentOnTheCallActivity(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("call-parent");

        var parent = await host.StartAsync("call-parent", null, Start);

        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(parent.Id)));
        Assert.Equal((IncidentCodes.CalledElementError, "CallInstant"), (incident.Code, incident.ElementId));
        Assert.Contains("instant-child", incident.Message, StringComparison.Ordinal);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AnIncidentInTheChild_IsListedOnTheParent_UnderItsCallActivity_AndRetryingItThereGoesOn(string provider) =>
        WithEngineAsync(provider, async host =>
        {
            var failingChild = Diagrams.Load("instant-child").Replace("=base * 2", "=assert(base * 2, base &gt; 100)", StringComparison.Ordinal);
            await host.Engine(e => e.DeployAsync(failingChild, "instant-child.bpmn"));
            await host.DeployAsync("review-child");
            await host.DeployAsync("call-parent");

            var parent = await host.StartAsync("call-parent", "AR-10", Start);

            Assert.Equal(["CallInstant"], parent.ActiveElements);
            var seenFromParent = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(parent.Id)));
            Assert.NotEqual(parent.Id, seenFromParent.InstanceId);
            Assert.Equal(("Double", "CallInstant"), (seenFromParent.ElementId, seenFromParent.CalledFrom));
            var seenFromChild = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(seenFromParent.InstanceId)));
            Assert.Equal((seenFromParent.Id, null), (seenFromChild.Id, seenFromChild.CalledFrom));

            await host.Engine(e => e.ResolveIncidentAsync(seenFromParent.Id, new System.Text.Json.Nodes.JsonObject { ["base"] = 200 }));

            Assert.Equal(["CallReview"], (await host.InstanceAsync(parent.Id)).ActiveElements);
            Assert.Equal("Resolved", Assert.Single(await host.Engine(e => e.GetIncidentsAsync(parent.Id))).State);
        });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task VersionTagBinding_CallsTheVersionWithThatTag_NotTheLatest(string provider) => WithEngineAsync(provider, async host =>
    {
        await DeployAllAsync(host);
        await host.Engine(e => e.DeployAsync(Diagrams.Load("review-child").Replace("""<zeebe:versionTag value="v1" />""", """<zeebe:versionTag value="v2" />""", StringComparison.Ordinal)));
        await host.Engine(e => e.DeployAsync(Diagrams.Load("call-parent").Replace("""<zeebe:calledElement processId="=&#34;review-&#34; + &#34;child&#34;" />""",
            """<zeebe:calledElement processId="review-child" bindingType="versionTag" versionTag="v1" />""", StringComparison.Ordinal)));

        var parent = await host.StartAsync("call-parent", "AR-10", Start);

        var task = Assert.Single((await host.Tasks(t => t.QueryAsync(new UserTaskQuery { BusinessKey = "AR-10" }))).Items);
        Assert.Equal(1, (await host.InstanceAsync(task.InstanceId)).DefinitionVersion);
    });

    private static string DeploymentBoundFile(string parentName, string childName) => $"""
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="D">
          <bpmn:process id="dep-parent" name="{parentName}" isExecutable="true">
            <bpmn:startEvent id="S" /><bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="Call" />
            <bpmn:callActivity id="Call"><bpmn:extensionElements><zeebe:calledElement processId="dep-child" bindingType="deployment" /></bpmn:extensionElements></bpmn:callActivity>
            <bpmn:sequenceFlow id="F2" sourceRef="Call" targetRef="E" /><bpmn:endEvent id="E" />
          </bpmn:process>
          <bpmn:process id="dep-child" name="{childName}" isExecutable="true">
            <bpmn:startEvent id="CS" /><bpmn:sequenceFlow id="CF1" sourceRef="CS" targetRef="Review" />
            <bpmn:userTask id="Review" /><bpmn:sequenceFlow id="CF2" sourceRef="Review" targetRef="CE" /><bpmn:endEvent id="CE" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task DeploymentBinding_CallsTheVersionDeployedFromTheCallersFile_NotTheLatest(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.Engine(e => e.DeployAsync(DeploymentBoundFile("Parent", "Child")));
        // Another file deploys a newer dep-child (version 2): the latest, but not the one deployed with the parent.
        var alone = DeploymentBoundFile("Parent", "Child elsewhere");
        alone = alone[..alone.IndexOf("<bpmn:process id=\"dep-parent\"", StringComparison.Ordinal)] + alone[alone.IndexOf("<bpmn:process id=\"dep-child\"", StringComparison.Ordinal)..];
        Assert.Equal(2, (await host.Engine(e => e.DeployAsync(alone))).Version);

        var first = await host.StartAsync("dep-parent", "DB-1");
        var firstChild = await host.InstanceAsync(Assert.Single((await host.Tasks(t => t.QueryAsync(new UserTaskQuery { BusinessKey = "DB-1" }))).Items).InstanceId);
        await host.Engine(e => e.DeployAsync(DeploymentBoundFile("Parent again", "Child")));
        var second = await host.StartAsync("dep-parent", "DB-2");
        var secondChild = await host.InstanceAsync(Assert.Single((await host.Tasks(t => t.QueryAsync(new UserTaskQuery { BusinessKey = "DB-2" }))).Items).InstanceId);

        Assert.Equal((1, 1), (first.DefinitionVersion, firstChild.DefinitionVersion));
        Assert.Equal((2, 3), (second.DefinitionVersion, secondChild.DefinitionVersion));
        Assert.Equal(first.Id, firstChild.ParentInstanceId);
    });

    [Theory]
    [InlineData("""<bpmn:callActivity id="C" />""")]
    [InlineData("""<bpmn:callActivity id="C"><bpmn:extensionElements><zeebe:calledElement processId="x" bindingType="deployment" /></bpmn:extensionElements></bpmn:callActivity>""")]
    [InlineData("""<bpmn:callActivity id="C"><bpmn:extensionElements><zeebe:calledElement processId="x" bindingType="versionTag" /></bpmn:extensionElements></bpmn:callActivity>""")]
    public void Parse_CallActivityThatNamesNoProcessToCall_IsRefused(string callActivity)
    {
        var xml = $"""
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="D">
              <bpmn:process id="p" isExecutable="true">
                <bpmn:startEvent id="S" /><bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="C" />
                {callActivity}
                <bpmn:sequenceFlow id="F2" sourceRef="C" targetRef="E" /><bpmn:endEvent id="E" />
              </bpmn:process>
            </bpmn:definitions>
            """;

        var finding = Assert.Single(BpmnParser.Parse(xml).Findings);

        Assert.Equal((FindingCodes.CalledElementInvalid, "C"), (finding.Code, finding.ElementId));
    }

    /// <summary>catching-parent calls raising-child, whose Check decides by <c>verdict</c>: an error with that code, or an escalation LATE.</summary>
    private static async Task<(WorkflowInstanceInfo Parent, Guid Child)> CheckAsync(EngineHost host, string verdict)
    {
        await host.DeployAsync("raising-child");
        await host.DeployAsync("catching-parent");
        var parent = await host.StartAsync("catching-parent", $"AR-{verdict}");
        var check = Assert.Single((await host.Tasks(t => t.QueryAsync(new UserTaskQuery { BusinessKey = $"AR-{verdict}" }))).Items);
        await host.CompleteAsync(check.Id, variablesJson: $$"""{ "verdict": "{{verdict}}" }""");
        return (parent, check.InstanceId);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AnErrorTheChildDoesNotCatch_IsCaughtByTheCallActivitysBoundary_AndEndsTheChild(string provider) => WithEngineAsync(provider, async host =>
    {
        var (parent, child) = await CheckAsync(host, "unfit");

        Assert.Equal(["Reject"], (await host.InstanceAsync(parent.Id)).ActiveElements);
        Assert.Equal(InstanceStates.Cancelled, (await host.InstanceAsync(child)).State);
        Assert.Empty(await host.Engine(e => e.GetIncidentsAsync(parent.Id)));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AnErrorNobodyCatches_IsAnIncidentInTheChild_SeenFromTheParent(string provider) => WithEngineAsync(provider, async host =>
    {
        var (parent, child) = await CheckAsync(host, "forged");

        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(parent.Id)));
        Assert.Equal((IncidentCodes.UnhandledError, "Fail", child, "CallCheck"), (incident.Code, incident.ElementId, incident.InstanceId, incident.CalledFrom));
        Assert.Equal(["CallCheck"], (await host.InstanceAsync(parent.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AnEscalationInTheChild_ReachesTheCallActivitysNonInterruptingBoundary_AndTheChildGoesOn(string provider) => WithEngineAsync(provider, async host =>
    {
        var (parent, child) = await CheckAsync(host, "late");

        Assert.Equal(["Apologise", "CallCheck"], (await host.InstanceAsync(parent.Id)).ActiveElements.Order().ToList());
        Assert.Equal(["Recheck"], (await host.InstanceAsync(child)).ActiveElements);

        await host.CompleteAsync((await host.SingleTaskAsync(child, "Recheck")).Id);

        Assert.Equal(InstanceStates.Completed, (await host.InstanceAsync(child)).State);
        Assert.Equal(["After", "Apologise"], (await host.InstanceAsync(parent.Id)).ActiveElements.Order().ToList());
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AChildThatFailsAtOnce_IsCaughtInTheStepThatStartedIt(string provider) => WithEngineAsync(provider, async host =>
    {
        var atOnce = Diagrams.Load("raising-child").Replace("<bpmn:userTask id=\"Check\" name=\"Check the documents\" />", "<bpmn:task id=\"Check\" />", StringComparison.Ordinal);
        await host.Engine(e => e.DeployAsync(atOnce, "raising-child.bpmn"));
        // A timer on the call activity too: nothing of it may be left once the call activity is over.
        var withTimer = Diagrams.Load("catching-parent").Replace("<bpmn:endEvent id=\"End\" />", """
            <bpmn:endEvent id="End" />
            <bpmn:boundaryEvent id="TooLong" attachedToRef="CallCheck">
              <bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            """, StringComparison.Ordinal);
        await host.Engine(e => e.DeployAsync(withTimer, "catching-parent.bpmn"));

        var parent = await host.StartAsync("catching-parent", "AR-at-once", """{ "verdict": "unfit" }""");

        Assert.Equal(["Reject"], parent.ActiveElements);
        var child = Assert.Single(await host.Db(db => db.Set<Kyzmat.Workflows.Persistence.WorkflowInstanceRecord>()
            .Where(i => i.ParentInstanceId == parent.Id).ToListAsync()));
        Assert.Equal(InstanceStates.Cancelled, child.State);
        Assert.Empty(await host.Db(db => db.Set<Kyzmat.Workflows.Persistence.WorkflowJobRecord>().ToListAsync()));
    });
}
