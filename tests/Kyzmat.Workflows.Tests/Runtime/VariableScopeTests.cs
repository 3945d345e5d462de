using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tests.Support;

namespace Kyzmat.Workflows.Tests.Runtime;

public class VariableScopeTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task InputMappings_AreLocalToTheirElement_OutputsAndResultsPropagateOutwards(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("variable-scopes");
        var instance = await host.StartAsync("variable-scopes");

        // The sub-process's inputs are seen inside it (the task's assignee), and nowhere else.
        var task = await host.SingleTaskAsync(instance.Id, "Check");
        Assert.Equal("hr-citizen", task.Assignee);
        var waiting = await host.InstanceAsync(instance.Id);
        Assert.Equal("citizen", waiting.Variables["requestedBy"]!.GetValue<string>());
        Assert.Equal(15, waiting.Variables["total"]!.GetValue<decimal>());
        Assert.False(waiting.Variables.ContainsKey("base"), "The throw event's input is its own.");
        Assert.False(waiting.Variables.ContainsKey("reviewer"), "The sub-process's input is its own.");

        // Completed in a later command: the locals were kept with the tokens. 'counter' exists in the sub-process's
        // scope, so the task's result updates it there (as Zeebe propagates); 'note' exists nowhere, so it reaches the process.
        await host.CompleteAsync(task.Id, variablesJson: """{ "counter": 5, "note": "ok" }""");

        var after = await host.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStates.Completed, after.State);
        Assert.Equal(5, after.Variables["finalCounter"]!.GetValue<decimal>());
        Assert.Equal("hr-citizen", after.Variables["reviewedBy"]!.GetValue<string>());
        Assert.Equal("ok", after.Variables["note"]!.GetValue<string>());
        Assert.True(after.Variables["done"]!.GetValue<bool>());
        Assert.False(after.Variables.ContainsKey("counter"));
        Assert.False(after.Variables.ContainsKey("reviewer"));
    });

    [Theory]
    [InlineData("startEvent")]
    [InlineData("boundaryEvent")]
    public void Parse_InputMappingOnAStartOrBoundaryEvent_IsRefused(string tag)
    {
        var xml = Diagrams.Load("variable-scopes").Replace(
            """<zeebe:output source="=&#34;citizen&#34;" target="requestedBy" />""",
            """<zeebe:input source="=&#34;citizen&#34;" target="requestedBy" />""", StringComparison.Ordinal);
        if (tag == "boundaryEvent")
        {
            xml = Diagrams.Load("timer-boundary").Replace("<bpmn:timerEventDefinition",
                """<bpmn:extensionElements><zeebe:ioMapping><zeebe:input source="=1" target="x" /></zeebe:ioMapping></bpmn:extensionElements><bpmn:timerEventDefinition""",
                StringComparison.Ordinal);
        }

        var result = BpmnParser.Parse(xml);

        Assert.Contains(result.Findings, f => f.Code == FindingCodes.ExpressionInvalid && f.Message.Contains("no input mappings", StringComparison.Ordinal));
    }
}
