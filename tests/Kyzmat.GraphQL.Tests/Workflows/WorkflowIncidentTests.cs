using System.Text.Json;
using System.Text.Json.Nodes;
using Kyzmat.Recruitment.Persistence;

namespace Kyzmat.GraphQL.Tests.Workflows;

/// <summary>Incidents across instances: listed, retried (after fixing the variables), and refused when already resolved.</summary>
public sealed class WorkflowIncidentTests
{
    private const string Incidents = """
        query($openOnly: Boolean, $page: Int, $pageSize: Int) {
          workflowIncidents(openOnly: $openOnly, page: $page, pageSize: $pageSize) {
            totalCount page pageSize hasNextPage items { id instanceId elementId code message state createdAt resolvedAt } } }
        """;

    private const string Retry = """
        mutation($id: ID!, $variables: String) { retryWorkflowIncident(incidentId: $id, variables: $variables) {
          state openIncidentCount activeElements { elementId } incidents { id state } } }
        """;

    [Fact]
    public async Task ConditionNotBoolean_IsListed_RetriedInVainThenAfterTheFix_ThenAlreadyResolved()
    {
        await using var clients = await StaffClients.StartAsync(DatabaseProvider.Sqlite);
        var admin = await clients.AdminAsync();
        await WorkflowDefinitionTests.DeployAsync(admin, TestDiagrams.Decision("admin-decision"));
        var id = await WorkflowInstanceTests.StartAsync(clients, "admin-decision", "application-1", new JsonObject { ["approved"] = "yes" });

        var open = (await admin.QueryAsync(Incidents, new { openOnly = true })).GetProperty("workflowIncidents");
        var incident = Assert.Single(open.GetProperty("items").EnumerateArray());
        var firstId = incident.GetProperty("id").GetString();
        var inVain = (await admin.QueryAsync(Retry, new { id = firstId })).GetProperty("retryWorkflowIncident");
        var secondId = Assert.Single(inVain.GetProperty("incidents").EnumerateArray(), i => i.GetProperty("state").GetString() == "OPEN").GetProperty("id").GetString();
        var badJson = await admin.PostAsync(Retry, new { id = secondId, variables = "[1, 2" });
        var fixedOne = (await admin.QueryAsync(Retry, new { id = secondId, variables = """{ "approved": true }""" })).GetProperty("retryWorkflowIncident");
        var again = await admin.PostAsync(Retry, new { id = secondId }, language: "ru");
        var unknown = await admin.PostAsync(Retry, new { id = Guid.NewGuid() });
        var openAfter = (await admin.QueryAsync(Incidents, new { openOnly = true })).GetProperty("workflowIncidents");
        var all = (await admin.QueryAsync(Incidents, new { openOnly = false, page = 0, pageSize = 1 })).GetProperty("workflowIncidents");
        var defaults = (await admin.QueryAsync("{ workflowIncidents { totalCount page pageSize } }")).GetProperty("workflowIncidents");

        Assert.Equal(1, open.GetProperty("totalCount").GetInt32());
        Assert.Equal(id.ToString(), incident.GetProperty("instanceId").GetString());
        Assert.Equal(("Gateway_Approved", "CONDITION_NOT_BOOLEAN", "OPEN"), (
            incident.GetProperty("elementId").GetString(), incident.GetProperty("code").GetString(), incident.GetProperty("state").GetString()));
        Assert.Equal(JsonValueKind.Null, incident.GetProperty("resolvedAt").ValueKind);
        Assert.Equal(1, inVain.GetProperty("openIncidentCount").GetInt32());
        Assert.NotEqual(firstId, secondId);
        Assert.Equal("VARIABLES_INVALID", badJson.FirstErrorCode);
        Assert.Equal(0, fixedOne.GetProperty("openIncidentCount").GetInt32());
        Assert.Equal("Task_Appoint", Assert.Single(fixedOne.GetProperty("activeElements").EnumerateArray()).GetProperty("elementId").GetString());
        Assert.All(fixedOne.GetProperty("incidents").EnumerateArray(), i => Assert.Equal("RESOLVED", i.GetProperty("state").GetString()));
        Assert.Equal("INCIDENT_ALREADY_RESOLVED", again.FirstErrorCode);
        Assert.Equal("Этот инцидент уже устранён.", again.FirstError.GetProperty("message").GetString());
        Assert.Equal("INCIDENT_NOT_FOUND", unknown.FirstErrorCode);
        Assert.Equal(0, openAfter.GetProperty("totalCount").GetInt32());
        Assert.Equal((2, 1, true), (all.GetProperty("totalCount").GetInt32(), all.GetProperty("items").GetArrayLength(), all.GetProperty("hasNextPage").GetBoolean()));
        Assert.Equal((0, 20), (defaults.GetProperty("page").GetInt32(), defaults.GetProperty("pageSize").GetInt32()));
    }

    [Fact]
    public async Task Incidents_PageSizeOverTheLimit_IsAUserError()
    {
        await using var clients = await StaffClients.StartAsync(DatabaseProvider.Sqlite);
        var admin = await clients.AdminAsync();

        var incidents = await admin.PostAsync("{ workflowIncidents(pageSize: 1000) { totalCount } }");
        var instances = await admin.PostAsync("{ workflowInstances(first: 1000) { totalCount } }");
        var cursor = await admin.PostAsync("{ workflowInstances(after: \"bm9wZQ==\") { totalCount } }");

        Assert.Equal("PAGE_SIZE_TOO_LARGE", incidents.FirstErrorCode);
        Assert.Equal("PAGE_SIZE_TOO_LARGE", instances.FirstErrorCode);
        Assert.Equal("INVALID_CURSOR", cursor.FirstErrorCode);
    }
}
