using System.Text.Json;
using Kyzmat.GraphQL.Tests.Workflows;
using Kyzmat.Workflows.Forms;

namespace Kyzmat.GraphQL.Tests.Forms;

/// <summary>The «Формалар» page's API: deploying forms (and refusing what the server cannot check), listing, reading back.</summary>
public sealed class FormAdministrationTests(StaffFixture staff) : IClassFixture<StaffFixture>
{
    private const string Deploy = """
        mutation($json: String!) { deployWorkflowForm(formJson: $json) { created form { id formId version json } findings { elementId code } } }
        """;

    [Fact]
    public async Task Deploy_NewThenSameThenChanged_ListsTheLatest_AndALinkedProcessDeploysOnlyOnceTheFormIs()
    {
        var json = FormTestData.Form.Replace("security-check", "admin-check", StringComparison.Ordinal);
        var process = FormTestData.Process("admin-check-process").Replace("formId=\"security-check\"", "formId=\"admin-check\"", StringComparison.Ordinal);
        var refusedProcess = (await staff.Admin.QueryAsync(
            "mutation($xml: String!) { deployWorkflow(bpmnXml: $xml) { definition { id } findings { elementId code } } }", new { xml = process })).GetProperty("deployWorkflow");
        Assert.Equal(("Task_Check", FormFindingCodes.FormNotFound),
            (refusedProcess.GetProperty("findings")[0].GetProperty("elementId").GetString(), refusedProcess.GetProperty("findings")[0].GetProperty("code").GetString()));

        var first = (await staff.Admin.QueryAsync(Deploy, new { json })).GetProperty("deployWorkflowForm");
        var same = (await staff.Admin.QueryAsync(Deploy, new { json })).GetProperty("deployWorkflowForm");
        var changed = (await staff.Admin.QueryAsync(Deploy, new { json = json.Replace("Checked by", "Checked by (officer)", StringComparison.Ordinal) }))
            .GetProperty("deployWorkflowForm");

        Assert.True(first.GetProperty("created").GetBoolean());
        Assert.Equal("admin-check:1", first.GetProperty("form").GetProperty("id").GetString());
        Assert.Equal(json, first.GetProperty("form").GetProperty("json").GetString());
        Assert.False(same.GetProperty("created").GetBoolean());
        Assert.Equal("admin-check:1", same.GetProperty("form").GetProperty("id").GetString());
        Assert.Equal(2, changed.GetProperty("form").GetProperty("version").GetInt32());
        var listed = (await staff.Admin.QueryAsync("{ workflowForms { formId version } }")).GetProperty("workflowForms").EnumerateArray()
            .Single(f => f.GetProperty("formId").GetString() == "admin-check");
        Assert.Equal(2, listed.GetProperty("version").GetInt32());
        var one = (await staff.Admin.QueryAsync("{ workflowForm(formId: \"admin-check\", version: 1) { json } }")).GetProperty("workflowForm");
        Assert.Equal(json, one.GetProperty("json").GetString());
        Assert.Equal(JsonValueKind.Null, (await staff.Admin.QueryAsync("{ workflowForm(formId: \"nope\") { id } }")).GetProperty("workflowForm").ValueKind);
        Assert.Empty((await staff.Admin.QueryAsync(
            "mutation($xml: String!) { deployWorkflow(bpmnXml: $xml) { findings { code } } }", new { xml = process })).GetProperty("deployWorkflow").GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public async Task Deploy_AFormTheServerCannotCheck_IsRefusedWithFindings_NothingStored()
    {
        var result = (await staff.Admin.QueryAsync(Deploy, new { json = """{ "id": "upload-form", "components": [ { "id": "F_file", "type": "filepicker", "key": "file", "multiple": "=many" } ] }""" }))
            .GetProperty("deployWorkflowForm");

        Assert.Equal(JsonValueKind.Null, result.GetProperty("form").ValueKind);
        Assert.Equal(("F_file", FormFindingCodes.ComponentUnsupported),
            (result.GetProperty("findings")[0].GetProperty("elementId").GetString(), result.GetProperty("findings")[0].GetProperty("code").GetString()));
        Assert.Equal(JsonValueKind.Null, (await staff.Admin.QueryAsync("{ workflowForm(formId: \"upload-form\") { id } }")).GetProperty("workflowForm").ValueKind);
    }

    [Fact]
    public async Task FormsAreForAdministrators_ReviewerAndCitizenAreForbidden()
    {
        Assert.Equal("FORBIDDEN", (await staff.Hr.PostAsync("{ workflowForms { id } }")).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await staff.Citizen.PostAsync(Deploy, new { json = FormTestData.Form })).FirstErrorCode);
        // A citizen completes only a form task offered to them (by PIN, decision 0106); any other task is not found.
        Assert.Equal("NOT_FOUND", (await staff.Citizen.PostAsync(
            "mutation { completeTaskForm(taskId: \"00000000-0000-0000-0000-000000000001\", data: \"{}\") }")).FirstErrorCode);
    }
}
