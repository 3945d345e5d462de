using System.Text.Json;
using Kyzmat.Testing;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>The manual's steps and HR's decisions as GraphQL operations, shared by the lifecycle tests.</summary>
public static class Steps
{
    public const string ApplicationFields = "id number status nextStep canWithdraw signedAt testScore reason documentUrl timeline { status actor reason score }";

    public static async Task<string> ApplyAsync(GraphQLClient citizen, string vacancyId)
    {
        var data = await citizen.QueryAsync($"mutation($v: ID!) {{ applyForVacancy(vacancyId: $v) {{ {ApplicationFields} }} }}", new { v = vacancyId });
        var application = data.GetProperty("applyForVacancy");
        Assert.Equal("DRAFT", application.GetProperty("status").GetString());
        Assert.Equal("CHOOSE_OFFICE", application.GetProperty("nextStep").GetString());
        return application.GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> CreateDocumentAsync(GraphQLClient citizen, string applicationId, string officeId) =>
        (await citizen.QueryAsync(
            $"mutation($a: ID!, $o: ID!) {{ createApplicationDocument(applicationId: $a, officeId: $o) {{ {ApplicationFields} }} }}",
            new { a = applicationId, o = officeId })).GetProperty("createApplicationDocument");

    public static async Task<JsonElement> RequestSignatureAsync(GraphQLClient citizen, string applicationId) =>
        (await citizen.QueryAsync(
            $"mutation($a: ID!) {{ requestApplicationSignature(applicationId: $a) {{ {ApplicationFields} }} }}",
            new { a = applicationId })).GetProperty("requestApplicationSignature");

    public static Task<GraphQLResponse> ConfirmAsync(GraphQLClient citizen, string applicationId, string code) =>
        citizen.PostAsync(
            $"mutation($a: ID!, $c: String!) {{ confirmApplicationSignature(applicationId: $a, code: $c) {{ {ApplicationFields} }} }}",
            new { a = applicationId, c = code });

    /// <summary>Confirms with the code from the e-mail; the code may arrive a moment before the process waits for it.</summary>
    public static async Task<JsonElement> ConfirmWhenReadyAsync(GraphQLClient citizen, string applicationId, string code)
    {
        var response = await Eventually.WaitForAsync(
            () => ConfirmAsync(citizen, applicationId, code),
            r => !(r.HasErrors && r.FirstErrorCode == "APPLICATION_STEP_UNAVAILABLE"),
            "the process waits for the code");
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("confirmApplicationSignature");
    }

    /// <summary>Office, document, «Кол коюу», the e-mailed code: the application is signed and filed.</summary>
    public static async Task<string> ApplyAndFileAsync(Competition competition, string vacancyId, string officeId)
    {
        var applicationId = await ApplyAsync(competition.Nurlan, vacancyId);
        await CreateDocumentAsync(competition.Nurlan, applicationId, officeId);
        await RequestSignatureAsync(competition.Nurlan, applicationId);
        var code = await competition.NextCodeToNurlanAsync();
        var filed = await ConfirmWhenReadyAsync(competition.Nurlan, applicationId, code);
        Assert.Equal("FILED", filed.GetProperty("status").GetString());
        return applicationId;
    }

    public static async Task<JsonElement> ApplicationAsync(GraphQLClient reader, string applicationId) =>
        (await reader.QueryAsync($"query($id: ID!) {{ application(id: $id) {{ {ApplicationFields} }} }}", new { id = applicationId }))
            .GetProperty("application");

    /// <summary>The open task of <paramref name="stage"/> for the application in the reviewer's list.</summary>
    public static async Task<string> TaskAsync(GraphQLClient reviewer, string applicationId, string stage)
    {
        var data = await reviewer.QueryAsync(
            "query($s: String) { hrTasks(filter: { stage: $s }, first: 100) { nodes { id stage application { id } } } }", new { s = stage });
        var task = data.GetProperty("hrTasks").GetProperty("nodes").EnumerateArray()
            .Single(t => t.GetProperty("application").GetProperty("id").GetString() == applicationId);
        return task.GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> ReviewAsync(GraphQLClient reviewer, string applicationId, bool admit, string? reason = null)
    {
        var task = await TaskAsync(reviewer, applicationId, "kyzmat:document-review");
        return (await reviewer.QueryAsync(
            $"mutation($t: ID!, $a: Boolean!, $r: String) {{ decideDocumentReview(taskId: $t, admit: $a, reason: $r) {{ {ApplicationFields} }} }}",
            new { t = task, a = admit, r = reason })).GetProperty("decideDocumentReview");
    }

    public static async Task<JsonElement> ScoreAsync(GraphQLClient reviewer, string applicationId, int score)
    {
        var task = await TaskAsync(reviewer, applicationId, "kyzmat:test-result");
        return (await reviewer.QueryAsync(
            $"mutation($t: ID!, $s: Int!) {{ recordTestResult(taskId: $t, score: $s) {{ {ApplicationFields} }} }}",
            new { t = task, s = score })).GetProperty("recordTestResult");
    }

    public static async Task<JsonElement> InterviewAsync(GraphQLClient reviewer, string applicationId, string outcome, string? reason = null)
    {
        var task = await TaskAsync(reviewer, applicationId, "kyzmat:interview-decision");
        return (await reviewer.QueryAsync(
            $"mutation($t: ID!, $o: InterviewOutcome!, $r: String) {{ decideInterview(taskId: $t, outcome: $o, reason: $r) {{ {ApplicationFields} }} }}",
            new { t = task, o = outcome, r = reason })).GetProperty("decideInterview");
    }

    public static IEnumerable<string?> Statuses(JsonElement application) =>
        application.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("status").GetString());
}
