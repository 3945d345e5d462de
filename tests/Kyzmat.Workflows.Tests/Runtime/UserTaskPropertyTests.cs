using Kyzmat.Workflows.Tests.Support;

namespace Kyzmat.Workflows.Tests.Runtime;

/// <summary>A task element's zeebe:properties are read from the version its instance runs, not the newest.</summary>
public class UserTaskPropertyTests : EngineTest
{
    [Fact]
    public Task PropertiesOf_ARunningTask_AreThoseOfItsInstancesVersion() => WithEngineAsync("Sqlite", async host =>
    {
        var approval = Diagrams.Load("user-task-approval");
        string WithName(string name) => approval.Replace("<zeebe:userTask />",
            $"""<zeebe:userTask /><zeebe:properties><zeebe:property name="kyzmat:name.ru" value="{name}" /></zeebe:properties>""", StringComparison.Ordinal);
        await host.Engine(e => e.DeployAsync(WithName("Проверка")));
        var first = await host.StartAsync("approval", "app-n1", """{ "reviewer": "aida" }""");
        await host.Engine(e => e.DeployAsync(WithName("Рассмотрение")));
        var second = await host.StartAsync("approval", "app-n2", """{ "reviewer": "aida" }""");

        var firstTask = await host.SingleTaskAsync(first.Id, "Task_Review");
        var secondTask = await host.SingleTaskAsync(second.Id, "Task_Review");
        Assert.Equal("Проверка", (await host.Tasks(t => t.PropertiesOfAsync(firstTask.InstanceId, firstTask.ElementId)))["kyzmat:name.ru"]);
        Assert.Equal("Рассмотрение", (await host.Tasks(t => t.PropertiesOfAsync(secondTask.InstanceId, secondTask.ElementId)))["kyzmat:name.ru"]);
        Assert.Empty(await host.Tasks(t => t.PropertiesOfAsync(Guid.NewGuid(), "Task_Review")));
    });
}
