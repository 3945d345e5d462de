using System.Text.Json;
using System.Text.Json.Nodes;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Workflows;

/// <summary>The process monitor: listing and reading instances, cancelling and migrating them.</summary>
public sealed class WorkflowInstanceTests
{
    private const string Instances = """
        query($filter: WorkflowInstanceFilterInput, $first: Int, $after: String) {
          workflowInstances(filter: $filter, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
            edges { cursor node { id businessKey state definitionKey definitionVersion } } } }
        """;

    private const string Instance = """
        query($id: ID!) { workflowInstance(id: $id) {
          id state definitionId definitionKey definitionVersion businessKey startedAt endedAt openIncidentCount
          activeElements { elementId count } variables
          history { sequence eventType elementId actor data occurredAt }
          incidents { id code state } } }
        """;

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task DeployedProcess_InstancesFilteredAndPaged(DatabaseProvider provider)
    {
        await using var clients = await StaffClients.StartAsync(provider);
        var admin = await clients.AdminAsync();
        await WorkflowDefinitionTests.DeployAsync(admin, TestDiagrams.Review("admin-review"));
        var v1 = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            v1.Add(await StartAsync(clients, "admin-review", $"application-{i}"));
        }

        await WorkflowDefinitionTests.DeployAsync(admin, TestDiagrams.Review("admin-review", taskName: "Changed"));
        var v2 = await StartAsync(clients, "admin-review", "application-0");
        await WorkflowDefinitionTests.DeployAsync(admin, TestDiagrams.Parallel("admin-parallel"));
        var other = await StartAsync(clients, "admin-parallel", "application-0");
        await clients.WithServicesAsync(s => Done(s.GetRequiredService<IWorkflowEngine>().CancelAsync(v1[2], "test")));

        var byKey = await PageAsync(admin, new { definitionKey = "admin-review" }, 10);
        var byVersion = await PageAsync(admin, new { definitionKey = "admin-review", version = 2 }, 10);
        var byBusinessKey = await PageAsync(admin, new { businessKey = "application-0" }, 10);
        var cancelled = await PageAsync(admin, new { state = "CANCELLED" }, 10);
        var active = await PageAsync(admin, new { definitionKey = "admin-review", state = "ACTIVE" }, 10);
        var pages = new List<JsonElement>();
        string? after = null;
        do
        {
            var page = await PageAsync(admin, null, 2, after);
            pages.Add(page);
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (pages[^1].GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() && pages.Count < 10);

        Assert.Equal(4, byKey.GetProperty("totalCount").GetInt32());
        Assert.Equal([v2], Ids(byVersion));
        Assert.Equal(new[] { v1[0], v2, other }.Order(), Ids(byBusinessKey).Order());
        Assert.Equal([v1[2]], Ids(cancelled));
        Assert.Equal("CANCELLED", cancelled.GetProperty("edges")[0].GetProperty("node").GetProperty("state").GetString());
        Assert.Equal(new[] { v1[0], v1[1], v2 }.Order(), Ids(active).Order());
        Assert.Equal([2, 2, 1], pages.Select(p => p.GetProperty("edges").GetArrayLength()));
        Assert.All(pages, p => Assert.Equal(5, p.GetProperty("totalCount").GetInt32()));
        Assert.Equal(5, pages.SelectMany(Ids).Distinct().Count());
        Assert.False(pages[0].GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(pages[1].GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Instance_ShowsActiveElementsWithCountsVariablesAndHistory()
    {
        await using var clients = await StaffClients.StartAsync(DatabaseProvider.Sqlite);
        var admin = await clients.AdminAsync();
        await WorkflowDefinitionTests.DeployAsync(admin, TestDiagrams.Parallel("admin-parallel"));
        var id = await StartAsync(clients, "admin-parallel", "application-7", new JsonObject { ["applicant"] = "Нурлан", ["score"] = 87 });

        var instance = (await admin.QueryAsync(Instance, new { id })).GetProperty("workflowInstance");
        var unknown = await admin.QueryAsync(Instance, new { id = Guid.NewGuid() });
        var malformed = await admin.QueryAsync(Instance, new { id = "not-a-guid" });

        Assert.Equal(("ACTIVE", "admin-parallel:1", "admin-parallel", 1, "application-7"), (
            instance.GetProperty("state").GetString(), instance.GetProperty("definitionId").GetString(), instance.GetProperty("definitionKey").GetString(),
            instance.GetProperty("definitionVersion").GetInt32(), instance.GetProperty("businessKey").GetString()));
        Assert.Equal([("Task_A", 1), ("Task_B", 1)], instance.GetProperty("activeElements").EnumerateArray()
            .Select(e => (e.GetProperty("elementId").GetString(), e.GetProperty("count").GetInt32())).OrderBy(e => e.Item1, StringComparer.Ordinal));
        var variables = JsonNode.Parse(instance.GetProperty("variables").GetString()!)!;
        Assert.Equal(("Нурлан", 87), (variables["applicant"]!.GetValue<string>(), variables["score"]!.GetValue<int>()));
        Assert.Equal(JsonValueKind.Null, instance.GetProperty("endedAt").ValueKind);
        Assert.True(DateTimeOffset.Parse(instance.GetProperty("startedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddMinutes(-5));
        var history = instance.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal("InstanceStarted", history[0].GetProperty("eventType").GetString());
        Assert.Contains(history, h => h.GetProperty("eventType").GetString() == "ElementEntered" && h.GetProperty("elementId").GetString() == "Fork");
        Assert.Equal(history.Select(h => h.GetProperty("sequence").GetInt64()).Order(), history.Select(h => h.GetProperty("sequence").GetInt64()));
        Assert.Empty(instance.GetProperty("incidents").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("workflowInstance").ValueKind);
        Assert.Equal(JsonValueKind.Null, malformed.GetProperty("workflowInstance").ValueKind);
    }

    [Fact]
    public async Task Cancel_ActiveInstance_EndsItNamingTheAdministrator_ThenRefusesASecondTime()
    {
        await using var clients = await StaffClients.StartAsync(DatabaseProvider.Sqlite);
        var admin = await clients.AdminAsync();
        await WorkflowDefinitionTests.DeployAsync(admin, TestDiagrams.Review("admin-review"));
        var id = await StartAsync(clients, "admin-review", "application-1");
        var adminId = await clients.Host.QueryAsync(db => db.Citizens.Where(c => c.Pin == DemoAccounts.AdminPin).Select(c => c.Id).SingleAsync());

        var cancelled = (await admin.QueryAsync("mutation($id: ID!) { cancelWorkflowInstance(id: $id) { state endedAt activeElements { elementId } history { eventType actor } } }", new { id }))
            .GetProperty("cancelWorkflowInstance");
        var again = await admin.PostAsync("mutation($id: ID!) { cancelWorkflowInstance(id: $id) { state } }", new { id }, language: "en");
        var unknown = await admin.PostAsync("mutation($id: ID!) { cancelWorkflowInstance(id: $id) { state } }", new { id = Guid.NewGuid() }, language: "ky");

        Assert.Equal("CANCELLED", cancelled.GetProperty("state").GetString());
        Assert.NotEqual(JsonValueKind.Null, cancelled.GetProperty("endedAt").ValueKind);
        Assert.Empty(cancelled.GetProperty("activeElements").EnumerateArray());
        var last = cancelled.GetProperty("history").EnumerateArray().Last();
        Assert.Equal(("InstanceCancelled", adminId.ToString()), (last.GetProperty("eventType").GetString(), last.GetProperty("actor").GetString()));
        Assert.Equal("INSTANCE_NOT_ACTIVE", again.FirstErrorCode);
        Assert.Equal("The process instance has ended or was cancelled; it cannot be changed.", again.FirstError.GetProperty("message").GetString());
        Assert.Equal("INSTANCE_NOT_FOUND", unknown.FirstErrorCode);
        Assert.Equal("Процесстин мындай нускасы табылган жок.", unknown.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Migrate_ToVersionTwoWithAMapping_MovesTheToken_InvalidMappingChangesNothing()
    {
        await using var clients = await StaffClients.StartAsync(DatabaseProvider.Sqlite);
        var admin = await clients.AdminAsync();
        await WorkflowDefinitionTests.DeployAsync(admin, TestDiagrams.Review("admin-review"));
        var id = await StartAsync(clients, "admin-review", "application-1");
        await WorkflowDefinitionTests.DeployAsync(admin, TestDiagrams.Review("admin-review", taskId: "Task_Check"));
        const string Migrate = """
            mutation($input: MigrateWorkflowInstanceInput!) { migrateWorkflowInstance(input: $input) { definitionId definitionVersion activeElements { elementId count } } }
            """;

        var unmapped = await admin.PostAsync(Migrate, new { input = new { instanceId = id, targetDefinitionId = "admin-review:2" } }, language: "ru");
        var wrong = await admin.PostAsync(Migrate, new { input = new { instanceId = id, targetDefinitionId = "admin-review:2", mapping = new[] { new { from = "Task_Nope", to = "Task_Check" } } } });
        var missingTarget = await admin.PostAsync(Migrate, new { input = new { instanceId = id, targetDefinitionId = "admin-review:9" } });
        var unchanged = (await admin.QueryAsync("query($id: ID!) { workflowInstance(id: $id) { definitionVersion activeElements { elementId } } }", new { id }))
            .GetProperty("workflowInstance");
        var migrated = (await admin.QueryAsync(Migrate, new { input = new { instanceId = id, targetDefinitionId = "admin-review:2", mapping = new[] { new { from = "Task_Review", to = "Task_Check" } } } }))
            .GetProperty("migrateWorkflowInstance");
        var history = (await admin.QueryAsync("query($id: ID!) { workflowInstance(id: $id) { history { eventType } } }", new { id }))
            .GetProperty("workflowInstance").GetProperty("history").EnumerateArray().Select(h => h.GetProperty("eventType").GetString());

        Assert.Equal("MIGRATION_INVALID", unmapped.FirstErrorCode);
        Assert.StartsWith("Перенести экземпляр процесса на эту версию нельзя", unmapped.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("Task_Review", unmapped.FirstError.GetProperty("extensions").GetProperty("data").GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("MIGRATION_INVALID", wrong.FirstErrorCode);
        Assert.Equal("DEFINITION_NOT_FOUND", missingTarget.FirstErrorCode);
        Assert.Equal((1, "Task_Review"), (unchanged.GetProperty("definitionVersion").GetInt32(), unchanged.GetProperty("activeElements")[0].GetProperty("elementId").GetString()));
        Assert.Equal("admin-review:2", migrated.GetProperty("definitionId").GetString());
        Assert.Equal(("Task_Check", 1), (migrated.GetProperty("activeElements")[0].GetProperty("elementId").GetString(), migrated.GetProperty("activeElements")[0].GetProperty("count").GetInt32()));
        Assert.Contains("InstanceMigrated", history);
    }

    internal static Task<Guid> StartAsync(StaffClients clients, string key, string? businessKey, JsonObject? variables = null) =>
        clients.WithServicesAsync(async s => (await s.GetRequiredService<IWorkflowEngine>().StartByKeyAsync(key, businessKey, variables)).Id);

    private static async Task<bool> Done(Task task)
    {
        await task;
        return true;
    }

    private static async Task<JsonElement> PageAsync(GraphQLClient admin, object? filter, int first, string? after = null) =>
        (await admin.QueryAsync(Instances, new { filter, first, after })).GetProperty("workflowInstances");

    private static IEnumerable<Guid> Ids(JsonElement page) =>
        page.GetProperty("edges").EnumerateArray().Select(e => Guid.Parse(e.GetProperty("node").GetProperty("id").GetString()!)).ToList();
}
