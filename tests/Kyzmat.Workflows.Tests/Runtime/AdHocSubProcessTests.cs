using System.Text.Json.Nodes;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Tests.Runtime;

public class AdHocSubProcessTests : EngineTest
{
    private static Task<List<string>> OpenTasksAsync(EngineHost host, Guid instanceId) =>
        host.Tasks(async t => (await t.QueryAsync(new UserTaskQuery { InstanceId = instanceId })).Items
            .Where(task => task.State == UserTaskStates.Created).Select(task => task.ElementId).Order(StringComparer.Ordinal).ToList());

    private static Task<List<WorkflowJobRecord>> AdHocJobsAsync(EngineHost host) =>
        host.Db(db => db.Set<WorkflowJobRecord>().Where(j => j.Kind == JobKinds.AdHocSubProcess).ToListAsync());

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task TheCollection_ActivatesItsElements_APathFollowsItsFlows_AndItCompletesWhenAllPathsEnded(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("ad-hoc");
        var instance = await host.StartAsync("adhoc-bpmn", null, """{ "toActivate": ["CheckDocuments", "Draft"] }""");

        Assert.Equal(["CheckDocuments", "Draft"], await OpenTasksAsync(host, instance.Id));
        var handler = (await host.InstanceAsync(instance.Id)).ActiveElements.Count(e => e == "Handle");
        Assert.Equal(1, handler);

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Draft")).Id, variablesJson: """{ "result": "drafted" }""");
        Assert.Equal(["CheckDocuments", "Sign"], await OpenTasksAsync(host, instance.Id));

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "CheckDocuments")).Id, variablesJson: """{ "result": "checked" }""");
        Assert.Equal(["Sign"], await OpenTasksAsync(host, instance.Id));
        Assert.Contains("Handle", (await host.InstanceAsync(instance.Id)).ActiveElements);

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Sign")).Id, variablesJson: """{ "result": "signed" }""");

        var after = await host.InstanceAsync(instance.Id);
        Assert.Equal(["After"], after.ActiveElements);
        // Each path's output element, in the order the paths ended; the collection goes out to the process.
        Assert.Equal("""["checked","signed"]""", after.Variables["results"]!.ToJsonString());
        Assert.False(after.Variables.ContainsKey("adHocSubProcessElements"));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task TheActivatableElements_AreListedInItsScope_WithoutThoseReachedByAFlow(string provider)
    {
        JsonNode? seen = null;
        return WithEngineAsync(provider, async host =>
        {
            await host.DeployAsync("ad-hoc");
            var instance = await host.StartAsync("adhoc-worker");
            await host.Runner.RunDueJobsAsync();

            var elements = seen!.AsArray();
            Assert.Equal(["J_Lookup", "J_Ask"], elements.Select(e => e!["elementId"]!.GetValue<string>()).ToList());
            Assert.Equal(InstanceStates.Active, (await host.InstanceAsync(instance.Id)).State);
        }, services => services.AddSingleton<IServiceTaskHandler>(new Handler("agent", c =>
        {
            seen = c.Variables["adHocSubProcessElements"]?.DeepClone();
            return ServiceTaskResult.Complete();
        })));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task TheElementsAndTheirDocumentation_AreDescribedForTheWorker(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("ad-hoc");
        var instance = await host.StartAsync("adhoc-bpmn", null, """{ "toActivate": [] }""");
        var definitionXml = Diagrams.Load("ad-hoc");
        var model = Kyzmat.Workflows.Parsing.BpmnParser.Parse(definitionXml, "adhoc-bpmn").Model!;

        Assert.Equal(["CheckDocuments", "CallApplicant", "Draft"], model.AdHocActivitiesOf("Handle").Select(e => e.Id).ToList());
        Assert.Equal("Looks at the papers.", model.Element("CheckDocuments").Documentation);
        // An empty collection activates nothing: it stays active, waiting.
        Assert.Equal(["Handle"], (await host.InstanceAsync(instance.Id)).ActiveElements);
        Assert.Empty(await OpenTasksAsync(host, instance.Id));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AnIdThatIsNoActivatableElement_IsAnIncident_ResolvedWithACorrectedList(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("ad-hoc");
        // Sign is inside, but a flow reaches it: it is not activatable on its own.
        var instance = await host.StartAsync("adhoc-bpmn", null, """{ "toActivate": ["CallApplicant", "Sign", "Nowhere"] }""");

        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
        Assert.Equal(IncidentCodes.ExtractValueError, incident.Code);
        Assert.Equal("Handle", incident.ElementId);
        Assert.Contains("'Sign', 'Nowhere'", incident.Message);
        Assert.Empty(await OpenTasksAsync(host, instance.Id));

        await host.Engine(e => e.ResolveIncidentAsync(incident.Id, JsonNode.Parse("""{ "toActivate": ["CallApplicant"] }""")!.AsObject()));

        Assert.Equal(["CallApplicant"], await OpenTasksAsync(host, instance.Id));
        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "CallApplicant")).Id, variablesJson: """{ "result": 1 }""");
        Assert.Equal(["After"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ACollectionThatIsNoListOfStrings_IsAnIncident(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("ad-hoc");
        var instance = await host.StartAsync("adhoc-bpmn", null, """{ "toActivate": "CheckDocuments" }""");

        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
        Assert.Equal(IncidentCodes.ExtractValueError, incident.Code);
        Assert.Contains("list of strings", incident.Message);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ACompletionConditionThatHolds_TerminatesTheRemainingInstances_ByDefault(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("ad-hoc");
        var instance = await host.StartAsync("adhoc-condition", null, """{ "done": false }""");
        var b = await host.SingleTaskAsync(instance.Id, "C_B");

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "C_A")).Id, variablesJson: """{ "done": false }""");
        Assert.Equal(["C_B"], await OpenTasksAsync(host, instance.Id));

        await host.Tasks(t => t.CompleteAsync(b.Id, "tester", JsonNode.Parse("""{ "done": true }""")!.AsObject()));

        Assert.Equal(["C_After"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ACompletionConditionThatHolds_CancelsTheOthers_WhenCancelRemainingInstances(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("ad-hoc");
        var instance = await host.StartAsync("adhoc-condition", null, """{ "done": false }""");
        var b = await host.SingleTaskAsync(instance.Id, "C_B");

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "C_A")).Id, variablesJson: """{ "done": true }""");

        Assert.Equal(["C_After"], (await host.InstanceAsync(instance.Id)).ActiveElements);
        Assert.Equal(UserTaskStates.Cancelled, (await host.Tasks(t => t.GetAsync(b.Id))).State);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ACompletionConditionThatHolds_WaitsForTheOthers_WithoutCancelRemainingInstances(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("ad-hoc");
        var instance = await host.StartAsync("adhoc-condition-wait", null, """{ "done": false }""");

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "W_A")).Id, variablesJson: """{ "done": true }""");

        Assert.Equal(["W_B"], await OpenTasksAsync(host, instance.Id));
        Assert.Contains("W_Handle", (await host.InstanceAsync(instance.Id)).ActiveElements);

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "W_B")).Id);

        Assert.Equal(["W_After"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ACompletionConditionThatIsNoBoolean_IsAnIncidentOnThePath_ResolvingRetriesIt(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("ad-hoc");
        var instance = await host.StartAsync("adhoc-condition", null, """{ "done": "maybe" }""");

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "C_A")).Id);

        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
        Assert.Equal(IncidentCodes.ExtractValueError, incident.Code);
        Assert.Equal(["C_B"], await OpenTasksAsync(host, instance.Id));

        await host.Engine(e => e.ResolveIncidentAsync(incident.Id, JsonNode.Parse("""{ "done": true }""")!.AsObject()));

        Assert.Equal(["C_After"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ABoundaryTimer_InterruptsTheAdHocSubProcess_WithWhatRunsInside(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("ad-hoc");
        var instance = await host.StartAsync("adhoc-timer");
        var a = await host.SingleTaskAsync(instance.Id, "T_A");

        host.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await host.Runner.RunDueJobsAsync());

        Assert.Equal(["T_Escalate"], (await host.InstanceAsync(instance.Id)).ActiveElements);
        Assert.Equal(UserTaskStates.Cancelled, (await host.Tasks(t => t.GetAsync(a.Id))).State);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task CompletingBeforeTheTimer_ClosesIt(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("ad-hoc");
        var instance = await host.StartAsync("adhoc-timer");

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "T_A")).Id);

        Assert.Equal(["T_Done"], (await host.InstanceAsync(instance.Id)).ActiveElements);
        Assert.Empty(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task TheJobWorker_ActivatesElementsOverTwoRounds_ThenFulfillsTheCondition(string provider)
    {
        var round = 0;
        var agentCalls = new List<JsonObject>();
        return WithEngineAsync(provider, async host =>
        {
            await host.DeployAsync("ad-hoc");
            var instance = await host.StartAsync("adhoc-worker");
            Assert.Single(await AdHocJobsAsync(host));

            // Round 1: the worker activates the lookup tool; its job runs; the path ends and a new agent job is made.
            await host.Runner.RunDueJobsAsync();
            Assert.Empty(await AdHocJobsAsync(host));
            await host.Runner.RunDueJobsAsync();
            Assert.Single(await AdHocJobsAsync(host));

            // Round 2: the worker asks a person; the agent waits for the task, with no job open meanwhile.
            await host.Runner.RunDueJobsAsync();
            Assert.Empty(await AdHocJobsAsync(host));
            await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "J_Ask")).Id, variablesJson: """{ "answer": "yes" }""");
            Assert.Single(await AdHocJobsAsync(host));

            // Round 3: the worker fulfills the completion condition.
            await host.Runner.RunDueJobsAsync();

            var after = await host.InstanceAsync(instance.Id);
            Assert.Equal(["J_After"], after.ActiveElements);
            Assert.Equal("""[{"tool":"lookup","value":42},{"tool":"ask","value":"yes"}]""", after.Variables["gathered"]!.ToJsonString());
            Assert.Equal("done", after.Variables["agentSummary"]!.GetValue<string>());
            Assert.Empty(await AdHocJobsAsync(host));
            Assert.Equal(3, agentCalls.Count);
            Assert.Single(agentCalls[1]["toolResults"]!.AsArray());
        }, services => services
            .AddSingleton<IServiceTaskHandler>(new Handler("agent", c =>
            {
                agentCalls.Add((JsonObject)c.Variables.DeepClone());
                return ++round switch
                {
                    1 => ServiceTaskResult.CompleteAdHocSubProcess(AdHocSubProcessResult.Activate(
                        new AdHocElementActivation("J_Lookup", new JsonObject { ["toolName"] = "lookup" }))),
                    2 => ServiceTaskResult.CompleteAdHocSubProcess(AdHocSubProcessResult.Activate(
                        new AdHocElementActivation("J_Ask", new JsonObject { ["toolName"] = "ask" }))),
                    _ => ServiceTaskResult.CompleteAdHocSubProcess(AdHocSubProcessResult.Fulfilled(cancelRemainingInstances: true),
                        new JsonObject { ["agentSummary"] = "done" }),
                };
            }))
            .AddSingleton<IServiceTaskHandler>(new Handler("lookup", _ => ServiceTaskResult.Complete(new JsonObject { ["looked"] = 42 }))));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AWorkerResultNamingAnUnknownElement_FailsTheJob(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("ad-hoc");
        var instance = await host.StartAsync("adhoc-worker");

        await host.Runner.RunDueJobsAsync();

        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
        Assert.Equal(IncidentCodes.JobFailed, incident.Code);
        Assert.Contains("J_Nowhere", incident.Message);
        Assert.Empty(await OpenTasksAsync(host, instance.Id));
    }, services => services.AddSingleton<IServiceTaskHandler>(new Handler("agent", _ =>
        ServiceTaskResult.CompleteAdHocSubProcess(AdHocSubProcessResult.Activate(new AdHocElementActivation("J_Nowhere"))))));

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task CancellingTheInstanceMidWay_RemovesTheInnerTasksAndTheJob(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("ad-hoc");
        var instance = await host.StartAsync("adhoc-worker");
        await host.Runner.RunDueJobsAsync();
        var ask = await host.SingleTaskAsync(instance.Id, "J_Ask");

        await host.Engine(e => e.CancelAsync(instance.Id));

        var after = await host.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStates.Cancelled, after.State);
        Assert.Empty(after.ActiveElements);
        Assert.Equal(UserTaskStates.Cancelled, (await host.Tasks(t => t.GetAsync(ask.Id))).State);
        Assert.Empty(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));
    }, services => services.AddSingleton<IServiceTaskHandler>(new Handler("agent", _ =>
        ServiceTaskResult.CompleteAdHocSubProcess(AdHocSubProcessResult.Activate(new AdHocElementActivation("J_Ask"))))));

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AMultiInstanceAdHocSubProcess_RunsOneAdHocPerItem_AndGoesOnWhenAllHaveCompleted(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("ad-hoc");
        var instance = await host.StartAsync("adhoc-multi", null, """{ "cases": ["M_A", "M_B"] }""");

        Assert.Equal(["M_A", "M_B"], await OpenTasksAsync(host, instance.Id));

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "M_B")).Id);
        Assert.Equal(["M_A"], await OpenTasksAsync(host, instance.Id));
        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "M_A")).Id);

        Assert.Equal(["M_After"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    });

    private sealed class Handler(string type, Func<ServiceTaskContext, ServiceTaskResult> run) : IServiceTaskHandler
    {
        public string Type => type;

        public Task<ServiceTaskResult> ExecuteAsync(ServiceTaskContext context, CancellationToken ct) => Task.FromResult(run(context));
    }
}
