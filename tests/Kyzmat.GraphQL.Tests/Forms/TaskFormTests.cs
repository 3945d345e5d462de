using System.Text.Json;
using System.Text.Json.Nodes;
using Kyzmat.GraphQL.Tests.Applications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Forms;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Forms;

/// <summary>An HR reviewer works a step an administrator added: the task's Camunda form, checked again on the server.</summary>
public sealed class TaskFormTests
{
    private const string TaskForm = "query($id: ID!) { hrTask(id: $id) { id name stage form { formId version schema data } } }";

    private const string Complete = "mutation($id: ID!, $data: String!) { completeTaskForm(taskId: $id, data: $data) }";

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AFormReusedByTwoProcesses_IsShownPinnedAndCheckedOnTheServer(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        var (vacancyId, officeId) = await competition.NewVacancyAsync(DateTimeOffset.UtcNow.AddDays(30));
        var applicationId = await Steps.ApplyAndFileAsync(competition, vacancyId, officeId);
        var (taskA, taskB, instanceA) = await StartTwoChecksAsync(competition, applicationId);

        // The task shows its form (version 1) with the variables it references, and keeps version 1 after version 2 is deployed.
        await DeployAsync(competition, FormTestData.Form.Replace("Checked by", "Checked by (officer)", StringComparison.Ordinal));
        var shown = (await competition.Hr.QueryAsync(TaskForm, new { id = taskA })).GetProperty("hrTask");
        Assert.Equal("Коопсуздук кызматынын текшерүүсү", shown.GetProperty("name").GetString());
        var form = shown.GetProperty("form");
        Assert.Equal(("security-check", 1), (form.GetProperty("formId").GetString(), form.GetProperty("version").GetInt32()));
        Assert.Contains("\"Checked by\"", form.GetProperty("schema").GetString(), StringComparison.Ordinal);
        var data = JsonNode.Parse(form.GetProperty("data").GetString()!)!.AsObject();
        Assert.Equal(["offices"], data.Select(p => p.Key));

        // Every field type refused at once, each at its key with a stable code and the reviewer's language.
        var invalid = await competition.Hr.PostAsync(Complete, new
        {
            id = taskA,
            data = """
                { "checkedBy": "A", "notes": "far more than twenty characters", "riskScore": 11, "cleared": "yes", "registries": ["court"],
                  "level": "medium", "office": "talas", "checkedOn": "2026-13-01", "tags": ["z"], "caseCode": "X-1" }
                """,
        }, language: "ru");
        Assert.Equal("FORM_DATA_INVALID", invalid.FirstErrorCode);
        var fields = invalid.FirstError.GetProperty("extensions").GetProperty("data").GetProperty("fields").EnumerateArray()
            .ToDictionary(f => f.GetProperty("key").GetString()!, f => (Code: f.GetProperty("code").GetString(), Message: f.GetProperty("message").GetString()));
        Assert.Equal(FormErrorCodes.TooShort, fields["checkedBy"].Code);
        Assert.Equal("Введите не менее 2 символов.", fields["checkedBy"].Message);
        Assert.Equal(FormErrorCodes.TooLong, fields["notes"].Code);
        Assert.Equal(FormErrorCodes.AboveMax, fields["riskScore"].Code);
        Assert.Equal(FormErrorCodes.Type, fields["cleared"].Code);
        Assert.Equal(FormErrorCodes.Option, fields["registries"].Code);
        Assert.Equal(FormErrorCodes.Option, fields["level"].Code);
        Assert.Equal(FormErrorCodes.Option, fields["office"].Code);
        Assert.Equal(FormErrorCodes.Date, fields["checkedOn"].Code);
        Assert.Equal(FormErrorCodes.Option, fields["tags"].Code);
        Assert.Equal(FormErrorCodes.Pattern, fields["caseCode"].Code);

        // A variable the form does not define is refused: a form cannot steer the process.
        var steering = await competition.Hr.PostAsync(Complete, new { id = taskA, data = """{ "checkedBy": "Aibek", "admitted": true }""" });
        Assert.Equal("FORM_DATA_INVALID", steering.FirstErrorCode);
        var unknown = Assert.Single(steering.FirstError.GetProperty("extensions").GetProperty("data").GetProperty("fields").EnumerateArray());
        Assert.Equal(("admitted", FormErrorCodes.Unknown), (unknown.GetProperty("key").GetString(), unknown.GetProperty("code").GetString()));

        // Another body's reviewer does not see the task; the valid data completes it and becomes the instance's variables.
        Assert.Equal("NOT_FOUND", (await competition.OtherHr.PostAsync(Complete, new { id = taskA, data = "{}" })).FirstErrorCode);
        Assert.True((await competition.Hr.QueryAsync(Complete, new
        {
            id = taskA,
            data = """{ "checkedBy": "Aibek", "riskScore": 3, "cleared": true, "registries": ["police", "tax"], "level": "low", "office": "osh", "checkedOn": "2026-12-01" }""",
        })).GetProperty("completeTaskForm").GetBoolean());
        var variables = await WithServicesAsync(competition, s => s.GetRequiredService<IWorkflowEngine>().GetInstanceAsync(instanceA));
        Assert.Equal(InstanceStates.Completed, variables.State);
        Assert.Equal("Aibek", variables.Variables["checkedBy"]!.GetValue<string>());
        Assert.False(variables.Variables.ContainsKey("admitted"));

        // The second process's task, made after version 2, keeps version 2.
        var second = (await competition.Hr.QueryAsync(TaskForm, new { id = taskB })).GetProperty("hrTask").GetProperty("form");
        Assert.Equal(2, second.GetProperty("version").GetInt32());

        // The built-in steps keep their own pages: their tasks have no form here.
        var review = await Steps.TaskAsync(competition.Hr, applicationId, "kyzmat:document-review");
        Assert.Equal(JsonValueKind.Null, (await competition.Hr.QueryAsync(TaskForm, new { id = review })).GetProperty("hrTask").GetProperty("form").ValueKind);
        Assert.Equal("TASK_HAS_NO_FORM", (await competition.Hr.PostAsync(Complete, new { id = review, data = "{}" })).FirstErrorCode);
    }

    private static async Task<(string TaskA, string TaskB, Guid InstanceA)> StartTwoChecksAsync(Competition competition, string applicationId)
    {
        await DeployAsync(competition, FormTestData.Form);
        var instanceA = await WithServicesAsync(competition, async s =>
        {
            var engine = s.GetRequiredService<IWorkflowEngine>();
            await engine.DeployAsync(FormTestData.Process("security-check-a"));
            await engine.DeployAsync(FormTestData.Process("security-check-b"));
            return (await engine.StartByKeyAsync("security-check-a", applicationId, new JsonObject { ["offices"] = new JsonArray("osh", "naryn") })).Id;
        });
        var taskA = await TaskOfAsync(competition, instanceA);
        await DeployAsync(competition, FormTestData.Form.Replace("\"Police\"", "\"Police records\"", StringComparison.Ordinal));
        var instanceB = await WithServicesAsync(competition, async s =>
            (await s.GetRequiredService<IWorkflowEngine>().StartByKeyAsync("security-check-b", applicationId, new JsonObject { ["offices"] = new JsonArray("osh") })).Id);
        return (taskA, await TaskOfAsync(competition, instanceB), instanceA);
    }

    private static Task<string> TaskOfAsync(Competition competition, Guid instanceId) => WithServicesAsync(competition, async s =>
        Assert.Single((await s.GetRequiredService<IUserTaskService>().QueryAsync(new UserTaskQuery { InstanceId = instanceId })).Items).Id.ToString());

    private static Task<FormDeploymentResult> DeployAsync(Competition competition, string json) =>
        WithServicesAsync(competition, s => s.GetRequiredService<IWorkflowForms>().DeployAsync(json));

    private static async Task<T> WithServicesAsync<T>(Competition competition, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = competition.Host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
