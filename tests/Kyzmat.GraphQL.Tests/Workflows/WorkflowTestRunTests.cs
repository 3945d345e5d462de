using System.Text.Json;
using System.Text.Json.Nodes;
using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Testing;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Workflows;

/// <summary>An administrator tries a process: test runs with variables, refused variables, cancelling test runs in bulk.</summary>
public sealed class WorkflowTestRunTests(StaffFixture staff) : IClassFixture<StaffFixture>
{
    private const string Start = """
        mutation($input: StartWorkflowTestRunInput!) { startWorkflowTestRun(input: $input) {
          id isTestRun businessKey state definitionId variables activeElements { elementId } history { eventType actor } } }
        """;

    private const string Cancel = "mutation($key: String) { cancelWorkflowTestRuns(key: $key) }";

    private static string UniqueKey(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    [Fact]
    public async Task Administrator_StartsATestRunWithVariables_ItIsMarkedAndListedAsATestRun()
    {
        var key = UniqueKey("try-review");
        await WorkflowDefinitionTests.DeployAsync(staff.Admin, TestDiagrams.Review(key));
        var normal = await WorkflowInstanceTests.StartAsync(staff.Clients, key, "application-1");
        var adminId = await staff.Clients.Host.QueryAsync(db => db.Citizens.Where(c => c.Pin == DemoAccounts.AdminPin).Select(c => c.Id).SingleAsync());

        var run = (await staff.Admin.QueryAsync(Start, new { input = new { key, variables = """{ "amount": 120, "approver": "Айгүл" }""" } }))
            .GetProperty("startWorkflowTestRun");
        var listed = (await staff.Admin.QueryAsync(
            "query($filter: WorkflowInstanceFilterInput) { workflowInstances(filter: $filter) { totalCount nodes { id isTestRun } } }",
            new { filter = new { definitionKey = key, isTestRun = true } })).GetProperty("workflowInstances");
        var others = (await staff.Admin.QueryAsync(
            "query($filter: WorkflowInstanceFilterInput) { workflowInstances(filter: $filter) { nodes { id isTestRun } } }",
            new { filter = new { definitionKey = key, isTestRun = false } })).GetProperty("workflowInstances");

        Assert.True(run.GetProperty("isTestRun").GetBoolean());
        Assert.Equal(JsonValueKind.Null, run.GetProperty("businessKey").ValueKind);
        Assert.Equal(("ACTIVE", $"{key}:1", "Task_Review"), (
            run.GetProperty("state").GetString(), run.GetProperty("definitionId").GetString(), run.GetProperty("activeElements")[0].GetProperty("elementId").GetString()));
        var variables = JsonNode.Parse(run.GetProperty("variables").GetString()!)!;
        Assert.Equal((120, "Айгүл"), (variables["amount"]!.GetValue<int>(), variables["approver"]!.GetValue<string>()));
        var started = run.GetProperty("history")[0];
        Assert.Equal(("InstanceStarted", adminId.ToString()), (started.GetProperty("eventType").GetString(), started.GetProperty("actor").GetString()));
        Assert.Equal(1, listed.GetProperty("totalCount").GetInt32());
        Assert.Equal(run.GetProperty("id").GetString(), listed.GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.Equal([normal.ToString()], others.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.False(others.GetProperty("nodes")[0].GetProperty("isTestRun").GetBoolean());
    }

    [Theory]
    [InlineData("{ \"amount\": ", "VARIABLES_INVALID", "en", "The process variables are not valid: they must be one JSON object")]
    [InlineData("[1, 2]", "VARIABLES_INVALID", "ru", "Переменные процесса заданы неверно")]
    [InlineData("\"text\"", "VARIABLES_INVALID", "ky", "Процесстин өзгөрмөлөрү туура эмес")]
    [InlineData(null, "VARIABLES_TOO_LARGE", "en", "The process variables are too large: at most 256 thousand characters.")]
    public async Task VariablesThatAreNotOneSmallJsonObject_AreRefusedWithAStableCode_AndNothingStarts(string? variables, string code, string language, string message)
    {
        var key = UniqueKey("try-refused");
        await WorkflowDefinitionTests.DeployAsync(staff.Admin, TestDiagrams.Review(key));
        variables ??= $$"""{ "blob": "{{new string('x', 256 * 1024)}}" }""";

        var response = await staff.Admin.PostAsync(Start, new { input = new { key, variables } }, language: language);

        Assert.Equal(code, response.FirstErrorCode);
        Assert.StartsWith(message, response.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await InstanceCountAsync(key));
    }

    [Fact]
    public async Task AnUnknownProcessOrVersion_IsDefinitionNotFound()
    {
        var key = UniqueKey("try-missing");
        await WorkflowDefinitionTests.DeployAsync(staff.Admin, TestDiagrams.Review(key));

        var unknownKey = await staff.Admin.PostAsync(Start, new { input = new { key = key + "-nope", variables = "{}" } }, language: "ru");
        var unknownVersion = await staff.Admin.PostAsync(Start, new { input = new { key, version = 2 } });
        var noVariables = (await staff.Admin.QueryAsync(Start, new { input = new { key, version = 1 } })).GetProperty("startWorkflowTestRun");

        Assert.Equal("DEFINITION_NOT_FOUND", unknownKey.FirstErrorCode);
        Assert.Equal("DEFINITION_NOT_FOUND", unknownVersion.FirstErrorCode);
        Assert.Equal("{}", noVariables.GetProperty("variables").GetString());
    }

    [Fact]
    public async Task CancelTestRuns_CancelsTheTestRunsOfTheKey_NotANormalInstanceNorAnotherKeysTestRun()
    {
        var key = UniqueKey("try-cancel");
        var otherKey = UniqueKey("try-other");
        await WorkflowDefinitionTests.DeployAsync(staff.Admin, TestDiagrams.Review(key));
        await WorkflowDefinitionTests.DeployAsync(staff.Admin, TestDiagrams.Review(otherKey));
        var normal = await WorkflowInstanceTests.StartAsync(staff.Clients, key, "application-2");
        var runs = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            runs.Add((await staff.Admin.QueryAsync(Start, new { input = new { key, variables = "{}" } })).GetProperty("startWorkflowTestRun").GetProperty("id").GetString()!);
        }

        var other = (await staff.Admin.QueryAsync(Start, new { input = new { key = otherKey } })).GetProperty("startWorkflowTestRun").GetProperty("id").GetString()!;

        var cancelled = (await staff.Admin.QueryAsync(Cancel, new { key })).GetProperty("cancelWorkflowTestRuns").GetInt32();
        var again = (await staff.Admin.QueryAsync(Cancel, new { key })).GetProperty("cancelWorkflowTestRuns").GetInt32();

        Assert.Equal((2, 0), (cancelled, again));
        foreach (var id in runs)
        {
            Assert.Equal("CANCELLED", await StateAsync(id));
        }

        Assert.Equal("ACTIVE", await StateAsync(normal.ToString()));
        Assert.Equal("ACTIVE", await StateAsync(other));
        await staff.Admin.QueryAsync(Cancel, new { key = otherKey });
        Assert.Equal("CANCELLED", await StateAsync(other));
    }

    [Fact]
    public async Task ATestRunReachingAnApplicationServiceTask_GetsAnIncident_TheHandlerDoesNothing()
    {
        var key = UniqueKey("try-domain");
        await WorkflowDefinitionTests.DeployAsync(staff.Admin, TestDiagrams.ServiceTask(key, ApplicationLifecycle.TaskTypes.SendSigningCode));
        var id = (await staff.Admin.QueryAsync(Start, new { input = new { key, variables = "{}" } })).GetProperty("startWorkflowTestRun").GetProperty("id").GetString()!;

        var incidents = await Eventually.WaitForAsync(
            async () =>
            {
                await staff.Clients.WithServicesAsync(async s => await s.GetRequiredService<IWorkflowJobRunner>().RunDueJobsAsync());
                return (await staff.Admin.QueryAsync("query($id: ID!) { workflowInstance(id: $id) { incidents { elementId state message } } }", new { id }))
                    .GetProperty("workflowInstance").GetProperty("incidents");
            },
            found => found.GetArrayLength() > 0,
            "the test run has an incident");

        var incident = Assert.Single(incidents.EnumerateArray());
        Assert.Equal(("Task_Call", "OPEN"), (incident.GetProperty("elementId").GetString(), incident.GetProperty("state").GetString()));
        Assert.Contains("does not run for a test run", incident.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<string?> StateAsync(string id) =>
        (await staff.Admin.QueryAsync("query($id: ID!) { workflowInstance(id: $id) { state } }", new { id })).GetProperty("workflowInstance").GetProperty("state").GetString();

    private Task<int> InstanceCountAsync(string key) =>
        staff.Clients.WithServicesAsync(async s => (await s.GetRequiredService<IWorkflowEngine>().QueryInstancesAsync(new WorkflowInstanceQuery { DefinitionKey = key })).Total);
}
