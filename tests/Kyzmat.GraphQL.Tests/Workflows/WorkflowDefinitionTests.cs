using System.Net;
using System.Text.Json;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Parsing;

namespace Kyzmat.GraphQL.Tests.Workflows;

/// <summary>The designer's side: capabilities, deploying diagrams (and refusing bad ones), reading definitions back.</summary>
public sealed class WorkflowDefinitionTests
{
    private const string Deploy = """
        mutation($xml: String!) { deployWorkflow(bpmnXml: $xml) { definition { id key version createdNew } findings { elementId code message } } }
        """;

    [Fact]
    public async Task Capabilities_ListTheEnginesContract()
    {
        await using var clients = await StaffClients.StartAsync(DatabaseProvider.Sqlite);
        var admin = await clients.AdminAsync();

        var capabilities = (await admin.QueryAsync("{ workflowCapabilities { supported { element executable note } rejected { element executable note } } }"))
            .GetProperty("workflowCapabilities");

        var supported = capabilities.GetProperty("supported").EnumerateArray().ToList();
        var rejected = capabilities.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal(BpmnCapabilities.Supported.Select(c => c.Element), supported.Select(c => c.GetProperty("element").GetString()));
        Assert.Equal(BpmnCapabilities.Rejected.Select(c => c.Element), rejected.Select(c => c.GetProperty("element").GetString()));
        Assert.All(supported, c => Assert.True(c.GetProperty("executable").GetBoolean()));
        Assert.All(rejected, c => Assert.False(c.GetProperty("executable").GetBoolean()));
        Assert.Contains(rejected, c => c.GetProperty("element").GetString() == "complexGateway" && c.GetProperty("note").GetString()!.Length > 0);
    }

    [Fact]
    public async Task Deploy_SameXmlAgainAndThenChanged_MakesVersionOneThenNothingThenVersionTwo()
    {
        await using var clients = await StaffClients.StartAsync(DatabaseProvider.Sqlite);
        var admin = await clients.AdminAsync();
        var v1 = TestDiagrams.Review("admin-review");
        var v2 = TestDiagrams.Review("admin-review", taskName: "Review the documents");

        var first = await DeployAsync(admin, v1);
        var again = await DeployAsync(admin, v1);
        var changed = await DeployAsync(admin, v2);

        Assert.Equal(("admin-review:1", "admin-review", 1, true), Definition(first));
        Assert.Equal(("admin-review:1", "admin-review", 1, false), Definition(again));
        Assert.Equal(("admin-review:2", "admin-review", 2, true), Definition(changed));
        Assert.All([first, again, changed], r => Assert.Empty(r.GetProperty("findings").EnumerateArray()));
    }

    [Fact]
    public async Task Deploy_ACollaboration_AnswersEveryPoolItDeployed()
    {
        await using var clients = await StaffClients.StartAsync(DatabaseProvider.Sqlite);
        var admin = await clients.AdminAsync();

        var result = (await admin.QueryAsync(
            "mutation($xml: String!) { deployWorkflow(bpmnXml: $xml) { definition { id alsoDeployed { id createdNew alsoDeployed { id } } } } }",
            new { xml = TestDiagrams.TwoPools("admin-pools") })).GetProperty("deployWorkflow").GetProperty("definition");

        Assert.Equal("admin-pools-citizen:1", result.GetProperty("id").GetString());
        var other = Assert.Single(result.GetProperty("alsoDeployed").EnumerateArray());
        Assert.Equal("admin-pools-office:1", other.GetProperty("id").GetString());
        Assert.True(other.GetProperty("createdNew").GetBoolean());
        Assert.Empty(other.GetProperty("alsoDeployed").EnumerateArray());
    }

    [Fact]
    public async Task Deploy_Transaction_ReturnsFindingsNamingTheElementAndStoresNothing()
    {
        await using var clients = await StaffClients.StartAsync(DatabaseProvider.Sqlite);
        var admin = await clients.AdminAsync();

        var result = await DeployAsync(admin, TestDiagrams.Transaction("admin-transaction"));
        var stored = await admin.QueryAsync("{ workflowDefinition(key: \"admin-transaction\") { id } }");

        Assert.Equal(JsonValueKind.Null, result.GetProperty("definition").ValueKind);
        var finding = Assert.Single(result.GetProperty("findings").EnumerateArray(), f => f.GetProperty("elementId").GetString() == "Transaction_Review");
        Assert.Equal(FindingCodes.UnsupportedElement, finding.GetProperty("code").GetString());
        Assert.Contains("transaction", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("workflowDefinition").ValueKind);
    }

    [Fact]
    public async Task Deploy_ALifecycleThatWouldStrandApplications_IsRefusedWithDomainContractFindings_AndTheRunningVersionStays()
    {
        await using var clients = await StaffClients.StartAsync(DatabaseProvider.Sqlite);
        var admin = await clients.AdminAsync();
        var shipped = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "workflows", "application-lifecycle.bpmn"));
        var before = await admin.QueryAsync("{ workflowDefinition(key: \"application-lifecycle\") { id } }");

        // HR's decision no longer routes anything: a refused application would go on to the test.
        var result = await DeployAsync(admin, shipped.Replace("=admitted = true", "=true", StringComparison.Ordinal));
        var after = await admin.QueryAsync("{ workflowDefinition(key: \"application-lifecycle\") { id } }");

        Assert.Equal(JsonValueKind.Null, result.GetProperty("definition").ValueKind);
        var finding = Assert.Single(result.GetProperty("findings").EnumerateArray());
        Assert.Equal(("DocumentReview", "DOMAIN_CONTRACT"), (finding.GetProperty("elementId").GetString(), finding.GetProperty("code").GetString()));
        Assert.Equal(before.GetRawText(), after.GetRawText());
    }

    [Fact]
    public async Task Deploy_XmlBombExternalEntityOrNonsense_ReturnsFindingsNotAnError()
    {
        await using var clients = await StaffClients.StartAsync(DatabaseProvider.Sqlite);
        var admin = await clients.AdminAsync();

        var bomb = await DeployAsync(admin, TestDiagrams.XmlBomb);
        var entity = await DeployAsync(admin, TestDiagrams.ExternalEntity);
        var nonsense = await DeployAsync(admin, "not xml at all <<<");
        var list = await admin.QueryAsync("{ workflowDefinitions { id } }");

        Assert.Equal(FindingCodes.XmlDtdProhibited, SingleFindingCode(bomb));
        Assert.Equal(FindingCodes.XmlDtdProhibited, SingleFindingCode(entity));
        Assert.Equal(FindingCodes.XmlMalformed, SingleFindingCode(nonsense));
        Assert.DoesNotContain(list.GetProperty("workflowDefinitions").EnumerateArray(), d => d.GetProperty("id").GetString() is "bomb:1" or "xxe:1");
    }

    [Fact]
    public async Task Deploy_LargerThanTheEnginesLimit_ReturnsFileTooLarge()
    {
        // An administrator's request may carry more than the engine takes, so the engine's own finding answers.
        await using var clients = await StaffClients.StartAsync(DatabaseProvider.Sqlite);
        var admin = await clients.AdminAsync();
        var huge = TestDiagrams.Review("admin-huge").Replace("<bpmn:definitions", "<!--" + new string('x', BpmnParser.MaxSize) + "--><bpmn:definitions", StringComparison.Ordinal);

        var result = await DeployAsync(admin, huge);

        Assert.Equal(FindingCodes.FileTooLarge, SingleFindingCode(result));
    }

    [Fact]
    public async Task Deploy_ADiagramLargerThanAnOrdinaryRequest_IsTakenFromAnAdministratorOnly()
    {
        await using var clients = await StaffClients.StartAsync(DatabaseProvider.Sqlite);
        var admin = await clients.AdminAsync();
        var hr = await clients.HrAsync();
        // A real diagram of a few hundred elements, with its drawing, passes the 256 KB every other request is held to.
        var large = TestDiagrams.Review("admin-large").Replace("<bpmn:definitions", "<!--" + new string('x', 1024 * 1024) + "--><bpmn:definitions", StringComparison.Ordinal);

        var fromHr = await hr.PostAsync(Deploy, new { xml = large });
        var fromAdmin = await DeployAsync(admin, large);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, fromHr.Status);
        Assert.Equal(("admin-large:1", "admin-large", 1, true), Definition(fromAdmin));
    }

    [Fact]
    public async Task Definitions_ListedWithoutXml_ReadByKeyWithXml_LatestWhenNoVersion()
    {
        await using var clients = await StaffClients.StartAsync(DatabaseProvider.Sqlite);
        var admin = await clients.AdminAsync();
        await DeployAsync(admin, TestDiagrams.Review("admin-review"));
        await DeployAsync(admin, TestDiagrams.Review("admin-review", taskName: "Second"));
        await DeployAsync(admin, TestDiagrams.Parallel("admin-parallel"));

        var data = await admin.QueryAsync("""
            { workflowDefinitions { id key version name deployedAt bpmnXml }
              latest: workflowDefinition(key: "admin-review") { id version bpmnXml }
              first: workflowDefinition(key: "admin-review", version: 1) { id bpmnXml }
              missingVersion: workflowDefinition(key: "admin-review", version: 9) { id }
              missingKey: workflowDefinition(key: "nothing") { id } }
            """);

        var ids = data.GetProperty("workflowDefinitions").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        Assert.Equal(["admin-parallel:1", "admin-review:2", "admin-review:1"], ids.Where(id => id!.StartsWith("admin-", StringComparison.Ordinal)));
        Assert.All(data.GetProperty("workflowDefinitions").EnumerateArray(), d => Assert.Equal(JsonValueKind.Null, d.GetProperty("bpmnXml").ValueKind));
        Assert.Equal("admin-review:2", data.GetProperty("latest").GetProperty("id").GetString());
        Assert.Contains("name=\"Second\"", data.GetProperty("latest").GetProperty("bpmnXml").GetString(), StringComparison.Ordinal);
        Assert.Equal(TestDiagrams.Review("admin-review"), data.GetProperty("first").GetProperty("bpmnXml").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("missingVersion").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("missingKey").ValueKind);
    }

    internal static async Task<JsonElement> DeployAsync(GraphQLClient admin, string xml) =>
        (await admin.QueryAsync(Deploy, new { xml })).GetProperty("deployWorkflow");

    private static (string?, string?, int, bool) Definition(JsonElement result)
    {
        var d = result.GetProperty("definition");
        return (d.GetProperty("id").GetString(), d.GetProperty("key").GetString(), d.GetProperty("version").GetInt32(), d.GetProperty("createdNew").GetBoolean());
    }

    private static string? SingleFindingCode(JsonElement result)
    {
        Assert.Equal(JsonValueKind.Null, result.GetProperty("definition").ValueKind);
        return Assert.Single(result.GetProperty("findings").EnumerateArray()).GetProperty("code").GetString();
    }
}
