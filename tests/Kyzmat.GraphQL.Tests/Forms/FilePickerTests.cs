using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Kyzmat.GraphQL.Tests.Applications;
using Kyzmat.Recruitment.Documents;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Forms;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kyzmat.GraphQL.Tests.Forms;

/// <summary>A form's filepicker takes references to documents uploaded through /api/documents by whoever completes the task.</summary>
public sealed class FilePickerTests
{
    private const string Complete = "mutation($id: ID!, $data: String!) { completeTaskForm(taskId: $id, data: $data) }";

    private const string Form = """
        {
          "id": "evidence", "type": "default", "schemaVersion": 16,
          "components": [
            { "id": "F_scans", "type": "filepicker", "key": "scans", "label": "Scans", "multiple": true, "accept": ".pdf,image/*", "validate": { "required": true } },
            { "id": "F_note", "type": "filepicker", "key": "note", "label": "Note" }
          ]
        }
        """;

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task FilePicker_TakesOnlyTheCompletersOwnDocuments_AndKeepsThemFromTheOrphanJob(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        var (vacancyId, officeId) = await competition.NewVacancyAsync(DateTimeOffset.UtcNow.AddDays(30));
        var applicationId = await Steps.ApplyAndFileAsync(competition, vacancyId, officeId);
        var (taskId, instanceId) = await StartAsync(competition, applicationId);
        var own = await UploadAsync(competition.Hr, "scan.pdf");
        var others = await UploadAsync(competition.OtherHr, "theirs.pdf");
        var madeUp = Guid.NewGuid().ToString();

        var required = await competition.Hr.PostAsync(Complete, new { id = taskId, data = """{ "scans": [] }""" });
        Assert.Equal(FormErrorCodes.Required, Field(required, "scans").Code);

        var refused = await competition.Hr.PostAsync(Complete, new
        {
            id = taskId,
            data = $$"""{ "scans": [{ "documentId": "{{own}}" }, { "documentId": "{{others}}" }], "note": { "documentId": "{{madeUp}}" } }""",
        }, language: "ru");
        Assert.Equal("FORM_DATA_INVALID", refused.FirstErrorCode);
        Assert.Equal((FormErrorCodes.Document, "Файл не найден или загружен не вами; выберите файл заново."), Field(refused, "scans"));
        Assert.Equal(FormErrorCodes.Document, Field(refused, "note").Code);

        var twoInOne = await competition.Hr.PostAsync(Complete, new
        {
            id = taskId,
            data = $$"""{ "scans": [{ "documentId": "{{own}}" }], "note": [{ "documentId": "{{own}}" }, { "documentId": "{{own}}" }] }""",
        });
        Assert.Equal(FormErrorCodes.Type, Field(twoInOne, "note").Code);

        // The browser's name and type are not taken: the reference is written from the stored document.
        Assert.True((await competition.Hr.QueryAsync(Complete, new
        {
            id = taskId,
            data = $$"""{ "scans": [{ "documentId": "{{own.ToUpperInvariant()}}", "metadata": { "fileName": "lie.exe" } }] }""",
        })).GetProperty("completeTaskForm").GetBoolean());
        var instance = await WithServicesAsync(competition, s => s.GetRequiredService<IWorkflowEngine>().GetInstanceAsync(instanceId));
        var reference = Assert.Single(instance.Variables["scans"]!.AsArray())!;
        Assert.Equal(own, reference["documentId"]!.GetValue<string>());
        Assert.Equal(("scan.pdf", "application/pdf"), (reference["metadata"]!["fileName"]!.GetValue<string>(), reference["metadata"]!["contentType"]!.GetValue<string>()));

        // The orphan job keeps the referenced document and deletes the unreferenced one.
        await WithServicesAsync(competition, s => new OrphanDocumentsJob(s.GetRequiredService<KyzmatDbContext>(), s.GetRequiredService<IDocumentStorage>(),
            Options.Create(new DocumentOptions { OrphanAfter = TimeSpan.Zero }), TimeProvider.System).RunAsync(default));
        var left = await WithServicesAsync(competition, s => s.GetRequiredService<KyzmatDbContext>().Documents
            .Where(d => d.Id == Guid.Parse(own) || d.Id == Guid.Parse(others)).Select(d => d.Id).ToListAsync());
        Assert.Equal([Guid.Parse(own)], left);
        using var download = await competition.Hr.Http.GetAsync(new Uri($"/api/documents/{own}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
    }

    private static (string? Code, string? Message) Field(GraphQLResponse result, string key)
    {
        var field = result.FirstError.GetProperty("extensions").GetProperty("data").GetProperty("fields").EnumerateArray()
            .Single(f => f.GetProperty("key").GetString() == key);
        return (field.GetProperty("code").GetString(), field.GetProperty("message").GetString());
    }

    private static async Task<(string TaskId, Guid InstanceId)> StartAsync(Competition competition, string applicationId)
    {
        var instanceId = await WithServicesAsync(competition, async s =>
        {
            await s.GetRequiredService<IWorkflowForms>().DeployAsync(Form);
            var engine = s.GetRequiredService<IWorkflowEngine>();
            await engine.DeployAsync(FormTestData.Process("evidence-check", "evidence"));
            return (await engine.StartByKeyAsync("evidence-check", applicationId)).Id;
        });
        var taskId = await WithServicesAsync(competition, async s =>
            Assert.Single((await s.GetRequiredService<IUserTaskService>().QueryAsync(new UserTaskQuery { InstanceId = instanceId })).Items).Id.ToString());
        return (taskId, instanceId);
    }

    private static async Task<string> UploadAsync(GraphQLClient client, string name)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", name);
        using var response = await client.Http.PostAsync(new Uri("/api/documents", UriKind.Relative), form);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body.GetProperty("id").GetString()!;
    }

    private static async Task<T> WithServicesAsync<T>(Competition competition, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = competition.Host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
