using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Tests.Runtime;

[Collection(nameof(NotifyHandler))]
public class JobWorkerTaskTests : EngineTest
{
    private static void Handlers(IServiceCollection services) => services.AddServiceTaskHandler<NotifyHandler>();

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task SendBusinessRuleAndScriptTasks_RunAsJobsOrInTheEngine_AsCamunda8Does(string provider) => WithEngineAsync(provider, async host =>
    {
        NotifyHandler.FailuresLeft = 0;
        await host.DeployAsync("job-worker-tasks");
        var instance = await host.StartAsync("job-worker-tasks", null, """{ "name": "Aibek", "score": 42 }""");
        Assert.Equal(["Send"], instance.ActiveElements);

        Assert.Equal(1, await host.Runner.RunDueJobsAsync());
        Assert.Equal(["Rule"], (await host.InstanceAsync(instance.Id)).ActiveElements);
        Assert.Equal(1, await host.Runner.RunDueJobsAsync());

        // Both script tasks with zeebe:script ran in the same step; the third is a job like the tasks before it.
        var atScriptJob = await host.InstanceAsync(instance.Id);
        Assert.Equal(["ScriptJob"], atScriptJob.ActiveElements);
        Assert.Equal(84, atScriptJob.Variables["doubled"]!.GetValue<decimal>());
        Assert.Equal(85, atScriptJob.Variables["final"]!.GetValue<decimal>());
        Assert.False(atScriptJob.Variables.ContainsKey("sum"), "With output mappings only their targets reach the process.");
        Assert.False(atScriptJob.Variables.ContainsKey("factor"), "An input mapping is the task's own.");

        Assert.Equal(1, await host.Runner.RunDueJobsAsync());
        Assert.Equal(["Review"], (await host.InstanceAsync(instance.Id)).ActiveElements);
        var notes = (await host.Db(db => db.Notes.ToListAsync())).Select(n => n.Text).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Hello Aibek via telegram (attempt 1)", "Rate Aibek via rules (attempt 1)", "Script Aibek via script (attempt 1)"], notes);
    }, Handlers);

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task MessageThrowAndEndEvents_AreJobsLikeASendTask_TheEndEventEndsWhenItsJobCompletes(string provider) => WithEngineAsync(provider, async host =>
    {
        NotifyHandler.FailuresLeft = 0;
        await host.DeployAsync("message-throw-events");
        var instance = await host.StartAsync("message-throw-events", null, """{ "name": "Aibek" }""");
        Assert.Equal(["Invite"], instance.ActiveElements);
        var job = await host.Db(db => db.Set<Kyzmat.Workflows.Persistence.WorkflowJobRecord>().SingleAsync());
        Assert.Equal(("notify", 2), (job.TaskType, job.Retries));

        Assert.Equal(1, await host.Runner.RunDueJobsAsync());
        Assert.Equal(["Notified"], (await host.InstanceAsync(instance.Id)).ActiveElements);
        Assert.Equal(1, await host.Runner.RunDueJobsAsync());

        Assert.Equal(Kyzmat.Workflows.Runtime.InstanceStates.Completed, (await host.InstanceAsync(instance.Id)).State);
        var notes = (await host.Db(db => db.Notes.ToListAsync())).Select(n => n.Text).ToList();
        Assert.Equal(["Invite Aibek via mail (attempt 1)", "Done Aibek via office (attempt 1)"], notes);
    }, Handlers);

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task StaticInputSource_ReachesTheWorkerAsText_AsCamunda8ReadsIt(string provider) => WithEngineAsync(provider, async host =>
    {
        NotifyHandler.FailuresLeft = 0;
        var xml = Diagrams.Load("service-task");
        var withInput = System.Text.RegularExpressions.Regex.Replace(xml, "<zeebe:ioMapping>.*?</zeebe:ioMapping>",
            "<zeebe:ioMapping><zeebe:input source=\"{{secrets.MAIL_KEY}} for demo@camunda.com &#34;quoted&#34; C:\\temp\" target=\"greeting\" /></zeebe:ioMapping>",
            System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.NotEqual(xml, withInput);
        await host.Engine(e => e.DeployAsync(withInput));
        var instance = await host.StartAsync("service-task");

        Assert.Equal(1, await host.Runner.RunDueJobsAsync());

        var note = Assert.Single(await host.Db(db => db.Notes.ToListAsync()));
        Assert.StartsWith("{{secrets.MAIL_KEY}} for demo@camunda.com \"quoted\" C:\\temp via ", note.Text, StringComparison.Ordinal);
        Assert.Equal(["Task_Check"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    }, Handlers);

    [Theory]
    [InlineData("""<bpmn:intermediateThrowEvent id="T"><bpmn:messageEventDefinition id="M" /></bpmn:intermediateThrowEvent>""", FindingCodes.TaskTypeMissing)]
    [InlineData("""<bpmn:intermediateThrowEvent id="T"><bpmn:messageEventDefinition id="M"><bpmn:extensionElements><zeebe:publishMessage correlationKey="=k" /></bpmn:extensionElements></bpmn:messageEventDefinition></bpmn:intermediateThrowEvent>""", FindingCodes.TaskTypeMissing)]
    [InlineData("""<bpmn:businessRuleTask id="T"><bpmn:extensionElements><zeebe:calledDecision decisionId="rate" /></bpmn:extensionElements></bpmn:businessRuleTask>""", FindingCodes.CalledDecisionInvalid)]
    [InlineData("""<bpmn:businessRuleTask id="T"><bpmn:extensionElements><zeebe:calledDecision decisionId="rate" resultVariable="r" /><zeebe:taskDefinition type="rules" /></bpmn:extensionElements></bpmn:businessRuleTask>""", FindingCodes.CalledDecisionInvalid)]
    [InlineData("""<bpmn:businessRuleTask id="T"><bpmn:extensionElements><zeebe:calledDecision decisionId="rate" resultVariable="r" bindingType="deployment" /></bpmn:extensionElements></bpmn:businessRuleTask>""", FindingCodes.CalledDecisionInvalid)]
    [InlineData("""<bpmn:businessRuleTask id="T"><bpmn:extensionElements><zeebe:calledDecision decisionId="rate" resultVariable="r" bindingType="versionTag" /></bpmn:extensionElements></bpmn:businessRuleTask>""", FindingCodes.CalledDecisionInvalid)]
    [InlineData("""<bpmn:businessRuleTask id="T"><bpmn:extensionElements><zeebe:calledDecision decisionId="=1 +" resultVariable="r" /></bpmn:extensionElements></bpmn:businessRuleTask>""", FindingCodes.ExpressionInvalid)]
    [InlineData("""<bpmn:businessRuleTask id="T" />""", FindingCodes.TaskTypeMissing)]
    [InlineData("""<bpmn:sendTask id="T" />""", FindingCodes.TaskTypeMissing)]
    [InlineData("""<bpmn:scriptTask id="T" />""", FindingCodes.TaskTypeMissing)]
    [InlineData("""<bpmn:scriptTask id="T"><bpmn:extensionElements><zeebe:script expression="=1 +" resultVariable="r" /></bpmn:extensionElements></bpmn:scriptTask>""", FindingCodes.ExpressionInvalid)]
    [InlineData("""<bpmn:scriptTask id="T"><bpmn:extensionElements><zeebe:script expression="=1" /></bpmn:extensionElements></bpmn:scriptTask>""", FindingCodes.ExpressionInvalid)]
    public void Parse_TaskWithNothingToRun_IsRefusedOnTheTask(string task, string code)
    {
        var xml = $"""
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="D">
              <bpmn:process id="p" isExecutable="true">
                <bpmn:startEvent id="S" /><bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T" />
                {task}
                <bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="E" /><bpmn:endEvent id="E" />
              </bpmn:process>
            </bpmn:definitions>
            """;

        var result = BpmnParser.Parse(xml);

        Assert.Null(result.Model);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(code, finding.Code);
        Assert.Equal("T", finding.ElementId);
    }
}
