using System.Net;

namespace Kyzmat.GraphQL.Tests.Workflows;

/// <summary>
/// Every field of the administrators' workflow API, asked by someone who has not signed in, by a citizen, by an HR
/// reviewer and by the administrator — with real access tokens, so that the token's <c>role</c> claims are what
/// <c>IsInRole</c> sees.
/// </summary>
public sealed class WorkflowAuthorizationTests(StaffFixture staff) : IClassFixture<StaffFixture>
{
    private const string Nobody = "00000000-0000-0000-0000-000000000001";

    public static TheoryData<string> EveryField => new()
    {
        "{ workflowCapabilities { supported { element } rejected { element } } }",
        "{ workflowDefinitions { id } }",
        "{ workflowDefinition(key: \"admin-review\") { id bpmnXml } }",
        "{ workflowInstances(first: 1) { totalCount nodes { id } } }",
        $"{{ workflowInstance(id: \"{Nobody}\") {{ id history {{ eventType }} incidents {{ id }} }} }}",
        "{ workflowIncidents { totalCount items { id } } }",
        "mutation { deployWorkflow(bpmnXml: \"<x/>\") { definition { id } findings { code } } }",
        $"mutation {{ retryWorkflowIncident(incidentId: \"{Nobody}\") {{ id }} }}",
        $"mutation {{ cancelWorkflowInstance(id: \"{Nobody}\") {{ id }} }}",
        $"mutation {{ migrateWorkflowInstance(input: {{ instanceId: \"{Nobody}\", targetDefinitionId: \"admin-review:2\", mapping: [{{ from: \"a\", to: \"b\" }}] }}) {{ id }} }}",
        "mutation { startWorkflowTestRun(input: { key: \"admin-nothing\", variables: \"{}\" }) { id isTestRun } }",
        "mutation { cancelWorkflowTestRuns(key: \"admin-nothing\") }",
    };

    [Theory]
    [MemberData(nameof(EveryField))]
    public async Task Anonymous_IsRefusedBeforeExecutionWith401(string operation)
    {
        var response = await staff.Clients.Anonymous.PostAsync(operation, language: "en");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("NOT_AUTHENTICATED", response.FirstErrorCode);
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Theory]
    [MemberData(nameof(EveryField))]
    public async Task Citizen_IsForbiddenWith403(string operation)
    {
        var response = await staff.Citizen.PostAsync(operation, language: "ru");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
        Assert.Equal("У вас нет прав на это действие.", response.FirstError.GetProperty("message").GetString());
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Theory]
    [MemberData(nameof(EveryField))]
    public async Task HrReviewer_IsForbiddenWith403(string operation)
    {
        var response = await staff.Hr.PostAsync(operation);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
    }

    [Theory]
    [MemberData(nameof(EveryField))]
    public async Task Administrator_IsLetThroughAndGetsNoInternalError(string operation)
    {
        var response = await staff.Admin.PostAsync(operation);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.Body.TryGetProperty("data", out _), response.Body.ToString());
        if (response.HasErrors)
        {
            // Only the user errors an unknown id or process key deserves: the engine's codes, never INTERNAL_ERROR.
            Assert.Contains(response.FirstErrorCode, new[] { "INCIDENT_NOT_FOUND", "INSTANCE_NOT_FOUND", "DEFINITION_NOT_FOUND" });
        }
    }
}
