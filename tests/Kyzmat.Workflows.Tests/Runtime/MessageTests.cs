using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Messages;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tests.Support;

namespace Kyzmat.Workflows.Tests.Runtime;

public class MessageTests : EngineTest
{
    private static System.Text.Json.Nodes.JsonObject Json(string text) => System.Text.Json.Nodes.JsonNode.Parse(text)!.AsObject();

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Correlate_CatchEventThenReceiveTask_MovesInstanceOn(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("messages");
        var instance = await host.StartAsync("messages", null, """{ "orderId": "o-1" }""");
        var other = await host.StartAsync("messages", null, """{ "orderId": "o-2" }""");

        var paid = await host.Engine(e => e.CorrelateMessageAsync("payment-received", "o-1", Json("""{ "paidAmount": 100 }""")));
        var docs = await host.Engine(e => e.CorrelateMessageAsync("documents-received", "o-1"));

        var after = await host.InstanceAsync(instance.Id);
        Assert.Equal([instance.Id], paid.InstanceIds);
        Assert.True(docs.Correlated);
        Assert.Equal(["Task_Done"], after.ActiveElements);
        Assert.Equal(100, after.Variables["paidAmount"]!.GetValue<int>());
        Assert.Equal(["Catch_Payment"], (await host.InstanceAsync(other.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Correlate_NobodyWaiting_ReturnsNoSubscriber(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("messages");
        await host.StartAsync("messages", null, """{ "orderId": "o-1" }""");

        var wrongKey = await host.Engine(e => e.CorrelateMessageAsync("payment-received", "o-9"));
        var notYet = await host.Engine(e => e.CorrelateMessageAsync("documents-received", "o-1"));

        Assert.False(wrongKey.Correlated);
        Assert.Equal(MessageCorrelationResult.NoSubscriber, wrongKey.Reason);
        Assert.False(notYet.Correlated);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Correlate_InterruptingBoundaryMessage_CancelsReceiveTask(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("messages");
        var instance = await host.StartAsync("messages", null, """{ "orderId": "o-1" }""");
        await host.Engine(e => e.CorrelateMessageAsync("payment-received", "o-1"));

        var withdrawn = await host.Engine(e => e.CorrelateMessageAsync("withdrawn", "o-1"));
        var documentsLate = await host.Engine(e => e.CorrelateMessageAsync("documents-received", "o-1"));

        Assert.True(withdrawn.Correlated);
        Assert.False(documentsLate.Correlated);
        Assert.Equal(InstanceStates.Completed, (await host.InstanceAsync(instance.Id)).State);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Correlate_NonInterruptingBoundaryMessage_KeepsTaskAndListening(string provider) => WithEngineAsync(provider, async host =>
    {
        var xml = Diagrams.Load("messages").Replace("attachedToRef=\"Receive_Documents\"", "cancelActivity=\"false\" attachedToRef=\"Receive_Documents\"", StringComparison.Ordinal);
        await host.Engine(e => e.DeployAsync(xml));
        var instance = await host.StartAsync("messages", null, """{ "orderId": "o-1" }""");
        await host.Engine(e => e.CorrelateMessageAsync("payment-received", "o-1"));

        var first = await host.Engine(e => e.CorrelateMessageAsync("withdrawn", "o-1"));
        var second = await host.Engine(e => e.CorrelateMessageAsync("withdrawn", "o-1"));
        var documents = await host.Engine(e => e.CorrelateMessageAsync("documents-received", "o-1"));

        Assert.True(first.Correlated && second.Correlated && documents.Correlated);
        Assert.Equal(["Task_Done"], (await host.InstanceAsync(instance.Id)).ActiveElements);
        var history = await host.Engine(e => e.GetHistoryAsync(instance.Id));
        Assert.Equal(2, history.Count(h => h.EventType == Kyzmat.Workflows.History.HistoryEventTypes.ElementLeft && h.ElementId == "End_Withdrawn"));
    });
}
