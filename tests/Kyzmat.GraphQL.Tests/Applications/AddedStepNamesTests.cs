using System.Text.Json;
using Kyzmat.GraphQL.Tests.Forms;
using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Forms;
using Kyzmat.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>
/// A step an administrator adds to the lifecycle is named to the citizen by its task's name in the citizen's language
/// (decision 0107): in «Кийинки кадам» while it is open, and among the application's steps once done.
/// </summary>
public sealed class AddedStepNamesTests
{
    private const string Fields = "nextStep currentStep { name { ky ru en text } } addedSteps { name { ky ru en text } reachedAt completedAt }";

    [Fact]
    public async Task AnAddedStep_IsNamedInTheReadersLanguage_FallingBackToItsBpmnName_AndThenTheProcessGoesOn()
    {
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite);
        await using (var scope = competition.Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IWorkflowForms>().DeployAsync(FormTestData.Form);
            var xml = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "workflows", "application-lifecycle.bpmn"));
            await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>().DeployAsync(WithBackgroundCheck(xml), "application-lifecycle.bpmn");
        }

        var (vacancyId, officeId) = await competition.NewVacancyAsync();
        var applicationId = await Steps.ApplyAndFileAsync(competition, vacancyId, officeId);

        // Open: «Кийинки кадам» is the added step, in Russian from its property, in English (none given) by its BPMN name.
        var open = await ApplicationAsync(competition, applicationId, "ru");
        Assert.Equal("ADDED_STEP", open.GetProperty("nextStep").GetString());
        var name = open.GetProperty("currentStep").GetProperty("name");
        Assert.Equal("Проверка службы безопасности", name.GetProperty("text").GetString());
        Assert.Equal("Коопсуздук кызматынын текшерүүсү", name.GetProperty("ky").GetString());
        Assert.Equal("Коопсуздук кызматынын текшерүүсү", name.GetProperty("en").GetString());
        Assert.Equal(JsonValueKind.Null, Assert.Single(open.GetProperty("addedSteps").EnumerateArray()).GetProperty("completedAt").ValueKind);

        // HR fills the step's form; the process goes on to the document review, and the step stays named, done.
        var task = await competition.Hr.QueryAsync(
            "query { hrTasks(first: 100) { nodes { id name application { id } } } }");
        var taskId = task.GetProperty("hrTasks").GetProperty("nodes").EnumerateArray()
            .Single(t => t.GetProperty("application").GetProperty("id").GetString() == applicationId && t.GetProperty("name").GetString() == "Коопсуздук кызматынын текшерүүсү")
            .GetProperty("id").GetString();
        // The reviewer's task list names it in the reviewer's language too.
        var russian = await competition.Hr.QueryAsync("query($id: ID!) { hrTask(id: $id) { name } }", new { id = taskId }, "ru");
        Assert.Equal("Проверка службы безопасности", russian.GetProperty("hrTask").GetProperty("name").GetString());
        await competition.Hr.QueryAsync("mutation($id: ID!, $data: String!) { completeTaskForm(taskId: $id, data: $data) }",
            new { id = taskId, data = """{ "checkedBy": "Aibek", "cleared": true }""" });

        var done = await ApplicationAsync(competition, applicationId, "ky");
        Assert.Equal("DOCUMENT_REVIEW", done.GetProperty("nextStep").GetString());
        Assert.Equal(JsonValueKind.Null, done.GetProperty("currentStep").ValueKind);
        var step = Assert.Single(done.GetProperty("addedSteps").EnumerateArray());
        Assert.Equal("Коопсуздук кызматынын текшерүүсү", step.GetProperty("name").GetProperty("text").GetString());
        Assert.NotEqual(JsonValueKind.Null, step.GetProperty("completedAt").ValueKind);
        Assert.NotNull(await Steps.TaskAsync(competition.Hr, applicationId, "kyzmat:document-review"));
    }

    [Fact]
    public async Task WithOnlyTheShippedLifecycle_NoApplicationCanBeAtAnAddedStep_SoNoneIsLookedFor()
    {
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite);
        var (vacancyId, officeId) = await competition.NewVacancyAsync();
        var applicationId = await Steps.ApplyAndFileAsync(competition, vacancyId, officeId);

        var application = await Steps.ApplicationAsync(competition.Nurlan, applicationId);

        Assert.Equal("DOCUMENT_REVIEW", application.GetProperty("nextStep").GetString());
        Assert.False(await competition.Host.Services.GetRequiredService<LifecycleAddedSteps>().ExistAsync(default));
    }

    /// <summary>The lifecycle with a user task linking the form <c>security-check</c> between the signature and the document review.</summary>
    internal static string WithBackgroundCheck(string lifecycle)
    {
        var changed = lifecycle
            .Replace("""sourceRef="ConfirmCode" targetRef="DocumentReview" />""", """sourceRef="ConfirmCode" targetRef="BackgroundCheck" />""", StringComparison.Ordinal)
            .Replace("""<bpmn:userTask id="DocumentReview" name="Документтерди кароо">""", """
                <bpmn:userTask id="BackgroundCheck" name="Коопсуздук кызматынын текшерүүсү">
                  <bpmn:extensionElements>
                    <zeebe:assignmentDefinition candidateGroups="=&quot;hr:&quot; + stateBodyCode" />
                    <zeebe:formDefinition formId="security-check" />
                    <zeebe:userTask />
                    <zeebe:properties>
                      <zeebe:property name="kyzmat:name.ru" value="Проверка службы безопасности" />
                    </zeebe:properties>
                  </bpmn:extensionElements>
                  <bpmn:incoming>Flow_ToDocumentReview</bpmn:incoming>
                  <bpmn:outgoing>Flow_CheckedToReview</bpmn:outgoing>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="Flow_CheckedToReview" sourceRef="BackgroundCheck" targetRef="DocumentReview" />
                <bpmn:userTask id="DocumentReview" name="Документтерди кароо">
                """, StringComparison.Ordinal)
            .Replace("<bpmn:incoming>Flow_ToDocumentReview</bpmn:incoming>\n      <bpmn:outgoing>Flow_ToAdmitted</bpmn:outgoing>",
                "<bpmn:incoming>Flow_CheckedToReview</bpmn:incoming>\n      <bpmn:outgoing>Flow_ToAdmitted</bpmn:outgoing>", StringComparison.Ordinal);
        Assert.DoesNotContain("<bpmn:incoming>Flow_ToDocumentReview</bpmn:incoming>\n      <bpmn:outgoing>Flow_ToAdmitted", changed, StringComparison.Ordinal);
        return changed;
    }

    private static async Task<JsonElement> ApplicationAsync(Competition competition, string applicationId, string language) =>
        (await competition.Nurlan.QueryAsync($"query($id: ID!) {{ application(id: $id) {{ {Fields} }} }}", new { id = applicationId }, language))
            .GetProperty("application");
}
