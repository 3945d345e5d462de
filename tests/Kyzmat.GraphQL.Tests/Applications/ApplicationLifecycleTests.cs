using System.Globalization;
using System.Net;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Reserve;
using Kyzmat.Testing;
using Kyzmat.Testing.Traits;
using Microsoft.Extensions.DependencyInjection;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>
/// The application lifecycle end to end through /graphql with real tokens: the manual's steps 8–15 for the citizen,
/// then HR's decisions on the tasks the process creates, to every ending.
/// </summary>
public sealed class ApplicationLifecycleTests
{
    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Citizen_AppliesSignsAndIsFiled_ThenHrTakesItToThePersonnelReserve(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        var (nurlan, aigul, hr, otherHr) = (competition.Nurlan, competition.Aigul, competition.Hr, competition.OtherHr);
        var (vacancyId, officeId) = await competition.NewVacancyAsync();

        var applicationId = await Steps.ApplyAsync(nurlan, vacancyId);
        Assert.Equal("NOT_FOUND", (await aigul.PostAsync("query($id: ID!) { application(id: $id) { id } }", new { id = applicationId })).FirstErrorCode);
        Assert.Equal("NOT_FOUND", (await aigul.PostAsync("mutation($a: ID!) { withdrawApplication(applicationId: $a) { id } }", new { a = applicationId })).FirstErrorCode);
        Assert.Equal("NOT_FOUND", (await hr.PostAsync("query($id: ID!) { application(id: $id) { id } }", new { id = applicationId })).FirstErrorCode);
        var foreignOffice = await nurlan.PostAsync("mutation($a: ID!, $o: ID!) { createApplicationDocument(applicationId: $a, officeId: $o) { id } }", new { a = applicationId, o = Guid.NewGuid() });
        Assert.Equal("OFFICE_NOT_OF_VACANCY", foreignOffice.FirstErrorCode);

        var ready = await Steps.CreateDocumentAsync(nurlan, applicationId, officeId);
        Assert.Equal("DOCUMENT_READY", ready.GetProperty("status").GetString());
        var documentUrl = new Uri(ready.GetProperty("documentUrl").GetString()!, UriKind.Relative);
        var unsigned = await nurlan.Http.GetByteArrayAsync(documentUrl);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(unsigned, 0, 4));
        using (var foreign = await aigul.Http.GetAsync(documentUrl))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        var awaiting = await Steps.RequestSignatureAsync(nurlan, applicationId);
        Assert.Equal("ENTER_CODE", awaiting.GetProperty("nextStep").GetString());
        var code = await competition.NextCodeToNurlanAsync();
        var wrong = code == "000000" ? "111111" : "000000";
        Assert.Equal("CODE_WRONG", (await Steps.ConfirmAsync(nurlan, applicationId, wrong)).FirstErrorCode);
        var filed = await Steps.ConfirmWhenReadyAsync(nurlan, applicationId, code);
        Assert.Equal("FILED", filed.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.String, filed.GetProperty("signedAt").ValueKind);

        var mine = await nurlan.QueryAsync("{ me { applications { id status vacancy { id } office { id } } } }");
        var listed = Assert.Single(mine.GetProperty("me").GetProperty("applications").EnumerateArray());
        Assert.Equal(officeId, listed.GetProperty("office").GetProperty("id").GetString());

        // Anyone can verify: by number, and by the PDF itself; one changed byte is detected.
        var number = filed.GetProperty("number").GetString();
        var byNumber = await competition.Anonymous.QueryAsync("query($n: String!) { verifyApplication(number: $n) { verdict number signerMaskedPin } }", new { n = number!.ToLowerInvariant() });
        Assert.Equal("VALID", byNumber.GetProperty("verifyApplication").GetProperty("verdict").GetString());
        Assert.Equal("112*******4321", byNumber.GetProperty("verifyApplication").GetProperty("signerMaskedPin").GetString());
        var signed = await nurlan.Http.GetByteArrayAsync(documentUrl);
        Assert.Equal("VALID", await VerifyPdfAsync(competition, signed));
        var tampered = (byte[])signed.Clone();
        tampered[tampered.Length / 2] ^= 0x01;
        Assert.Equal("ALTERED", await VerifyPdfAsync(competition, tampered));
        Assert.Equal("NOT_SIGNED", await VerifyPdfAsync(competition, unsigned));
        Assert.Equal("UNKNOWN", await VerifyPdfAsync(competition, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"u8.ToArray()));
        Assert.Equal("UNKNOWN", (await competition.Anonymous.QueryAsync("{ verifyApplication(number: \"AR-0000000000\") { verdict } }")).GetProperty("verifyApplication").GetProperty("verdict").GetString());

        // Only the vacancy's body reviews it: the other body's HR and citizens cannot reach the task.
        var reviewTask = await Steps.TaskAsync(hr, applicationId, "kyzmat:document-review");
        var otherTasks = await otherHr.QueryAsync("{ hrTasks(first: 100) { nodes { id } } }");
        Assert.DoesNotContain(otherTasks.GetProperty("hrTasks").GetProperty("nodes").EnumerateArray(), t => t.GetProperty("id").GetString() == reviewTask);
        Assert.Equal("NOT_FOUND", (await otherHr.PostAsync("mutation($t: ID!) { decideDocumentReview(taskId: $t, admit: true) { id } }", new { t = reviewTask })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await aigul.PostAsync("mutation($t: ID!) { decideDocumentReview(taskId: $t, admit: true) { id } }", new { t = reviewTask })).FirstErrorCode);
        // A citizen's task list holds only what is offered to them (decision 0106): not HR's task, not even of their own application.
        Assert.Equal(0, (await nurlan.QueryAsync("{ hrTasks { totalCount } }")).GetProperty("hrTasks").GetProperty("totalCount").GetInt32());
        Assert.Equal("REASON_REQUIRED", (await hr.PostAsync("mutation($t: ID!) { decideDocumentReview(taskId: $t, admit: false, reason: \" \") { id } }", new { t = reviewTask })).FirstErrorCode);

        // HR sees the frozen application and may open the applicant's uploaded documents; the other body may not.
        var asHr = await hr.QueryAsync("query($id: ID!) { application(id: $id) { language snapshot { applicantName education work officeName } } }", new { id = applicationId });
        var frozen = asHr.GetProperty("application").GetProperty("snapshot");
        Assert.Equal("Токтогулов Нурлан Маратович", frozen.GetProperty("applicantName").GetString());
        // The lines read as the document prints them: an open period of work runs "to date", not to an empty date.
        var openEnd = asHr.GetProperty("application").GetProperty("language").GetString() == "ru" ? "по настоящее время" : "азыркы учурга чейин";
        Assert.Contains(frozen.GetProperty("work").EnumerateArray(), line => line.GetString()!.Contains(openEnd, StringComparison.Ordinal));
        var diploma = (await nurlan.QueryAsync("{ me { educations { documentId } } }")).GetProperty("me").GetProperty("educations")[0].GetProperty("documentId").GetString();
        using (var hrDownload = await hr.Http.GetAsync(new Uri($"/api/documents/{diploma}", UriKind.Relative)))
        using (var otherDownload = await otherHr.Http.GetAsync(new Uri($"/api/documents/{diploma}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, hrDownload.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, otherDownload.StatusCode);
        }

        Assert.True((await hr.QueryAsync("mutation($t: ID!) { claimTask(taskId: $t) }", new { t = reviewTask })).GetProperty("claimTask").GetBoolean());
        Assert.Equal("ADMITTED_TO_TESTING", (await Steps.ReviewAsync(hr, applicationId, admit: true)).GetProperty("status").GetString());
        Assert.Equal("APPLICATION_STEP_UNAVAILABLE", (await nurlan.PostAsync("mutation($a: ID!) { withdrawApplication(applicationId: $a) { id } }", new { a = applicationId })).FirstErrorCode);
        var tooHigh = await hr.PostAsync("mutation($t: ID!) { recordTestResult(taskId: $t, score: 61) { id } }", new { t = await Steps.TaskAsync(hr, applicationId, "kyzmat:test-result") });
        Assert.Equal("SCORE_OUT_OF_RANGE", tooHigh.FirstErrorCode);
        Assert.Equal("INTERVIEW", (await Steps.ScoreAsync(hr, applicationId, 45)).GetProperty("status").GetString());
        var reserved = await Steps.InterviewAsync(hr, applicationId, "RESERVE");

        Assert.Equal("IN_RESERVE", reserved.GetProperty("status").GetString());
        Assert.Equal(
            ["DRAFT", "DOCUMENT_READY", "AWAITING_SIGNATURE", "FILED", "ADMITTED_TO_TESTING", "INTERVIEW", "IN_RESERVE"],
            Steps.Statuses(await Steps.ApplicationAsync(nurlan, applicationId)));
        var entries = (await nurlan.QueryAsync("{ me { reserveEntries { stateBody { code } group endsOn status } } }")).GetProperty("me").GetProperty("reserveEntries");
        Assert.Equal("minfin", Assert.Single(entries.EnumerateArray()).GetProperty("stateBody").GetProperty("code").GetString());
        var reserve = Assert.Single((await hr.QueryAsync("{ personnelReserve { applicationId applicantName } }")).GetProperty("personnelReserve").EnumerateArray());
        Assert.Equal("Токтогулов Нурлан Маратович", reserve.GetProperty("applicantName").GetString());
        Assert.Empty((await otherHr.QueryAsync("{ personnelReserve { applicationId } }")).GetProperty("personnelReserve").EnumerateArray());
        Assert.Equal("Completed", await InstanceStateAsync(competition, applicationId));

        // A year on, the daily job takes the entry out of the reserve and tells the citizen.
        var endedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        await using (var db = competition.Host.NewDbContext())
        {
            await db.ReserveEntries.ExecuteUpdateAsync(s => s.SetProperty(r => r.EndsOn, endedOn));
        }

        await using (var scope = competition.Host.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ReserveExpiryJob>().RunAsync(CancellationToken.None));
        }

        Assert.Empty((await hr.QueryAsync("{ personnelReserve { applicationId } }")).GetProperty("personnelReserve").EnumerateArray());
        var expired = (await nurlan.QueryAsync("{ me { reserveEntries { status } } }")).GetProperty("me").GetProperty("reserveEntries");
        Assert.Equal("EXPIRED", Assert.Single(expired.EnumerateArray()).GetProperty("status").GetString());
        var endDate = endedOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var notice = await competition.Host.Smtp.NextMessageToAsync(Competition.NurlanEmail, TimeSpan.FromSeconds(60));
        while (!(notice.TextBody ?? "").Contains(endDate, StringComparison.Ordinal))
        {
            notice = await competition.Host.Smtp.NextMessageToAsync(Competition.NurlanEmail, TimeSpan.FromSeconds(60));
        }

        Assert.Contains("Kyzmat", notice.Subject, StringComparison.Ordinal);
        await using (var scope = competition.Host.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ReserveExpiryJob>().RunAsync(CancellationToken.None));
        }
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task EveryOtherEnding_IsReachedThroughTheProcess(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider, fakeClock: true);
        var (nurlan, hr) = (competition.Nurlan, competition.Hr);

        // Refused at the document review, with the reason shown to the citizen.
        var (v1, o1) = await competition.NewVacancyAsync();
        var refused = await Steps.ApplyAndFileAsync(competition, v1, o1);
        await Steps.ReviewAsync(hr, refused, admit: false, reason: "Дипломдун көчүрмөсү окулбайт");
        var seen = await Steps.ApplicationAsync(nurlan, refused);
        Assert.Equal(("REFUSED", "Дипломдун көчүрмөсү окулбайт"), (seen.GetProperty("status").GetString(), seen.GetProperty("reason").GetString()));

        // Failed the test: refused with the score.
        var (v2, o2) = await competition.NewVacancyAsync();
        var failed = await Steps.ApplyAndFileAsync(competition, v2, o2);
        await Steps.ReviewAsync(hr, failed, admit: true);
        var afterTest = await Steps.ScoreAsync(hr, failed, 29);
        Assert.Equal(("REFUSED", 29), (afterTest.GetProperty("status").GetString(), afterTest.GetProperty("testScore").GetInt32()));

        // The winner is appointed.
        var (v3, o3) = await competition.NewVacancyAsync();
        var winner = await Steps.ApplyAndFileAsync(competition, v3, o3);
        await Steps.ReviewAsync(hr, winner, admit: true);
        await Steps.ScoreAsync(hr, winner, 30);
        Assert.Equal("APPOINTED", (await Steps.InterviewAsync(hr, winner, "WINNER")).GetProperty("status").GetString());

        // Withdrawn after filing: HR's task goes away, and the citizen may apply to the vacancy again.
        var (v4, o4) = await competition.NewVacancyAsync();
        var withdrawn = await Steps.ApplyAndFileAsync(competition, v4, o4);
        var withdrawal = await nurlan.QueryAsync("mutation($a: ID!) { withdrawApplication(applicationId: $a) { status canWithdraw } }", new { a = withdrawn });
        Assert.Equal("WITHDRAWN", withdrawal.GetProperty("withdrawApplication").GetProperty("status").GetString());
        var open = await hr.QueryAsync("{ hrTasks(first: 100) { nodes { application { id } } } }");
        Assert.DoesNotContain(open.GetProperty("hrTasks").GetProperty("nodes").EnumerateArray(), t => t.GetProperty("application").GetProperty("id").GetString() == withdrawn);
        Assert.NotEqual(withdrawn, await Steps.ApplyAsync(nurlan, v4));

        // Not signed by the vacancy's deadline: the process's timer cancels the draft.
        var clock = competition.Host.Clock!;
        var (v5, _) = await competition.NewVacancyAsync(clock.GetUtcNow().AddMinutes(10));
        var late = await Steps.ApplyAsync(nurlan, v5);
        await PastTheDeadlineAsync(competition, TimeSpan.FromMinutes(11));
        var cancelled = await Eventually.WaitForAsync(
            async () =>
            {
                await RunDueJobsAsync(competition);
                return await Steps.ApplicationAsync(nurlan, late);
            },
            application => application.GetProperty("status").GetString() == "CANCELLED",
            "the deadline's timer has cancelled the draft");

        Assert.Equal("system", cancelled.GetProperty("timeline").EnumerateArray().Last().GetProperty("actor").GetString());
        foreach (var ended in new[] { refused, failed, winner, late })
        {
            Assert.Equal("Completed", await InstanceStateAsync(competition, ended));
        }

        Assert.Equal("Cancelled", await InstanceStateAsync(competition, withdrawn));
    }

    private static async Task<string> VerifyPdfAsync(Competition competition, byte[] pdf)
    {
        using var content = new ByteArrayContent(pdf);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        using var response = await competition.Anonymous.Http.PostAsync(new Uri("/api/applications/verify", UriKind.Relative), content);
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("verdict").GetString()!;
    }

    /// <summary>
    /// Moves the host's clock on, once no job is being run: a job still running when the clock jumps past its lease
    /// would look abandoned and be run again.
    /// </summary>
    private static async Task PastTheDeadlineAsync(Competition competition, TimeSpan by)
    {
        await Eventually.WaitUntilAsync(
            async () => !await competition.Host.QueryAsync(db => db.Set<WorkflowJobRecord>().AnyAsync(j => j.LockOwner != null)), "no job is being run");
        competition.Host.Clock!.Advance(by);
    }

    /// <summary>Runs the jobs due by the host's clock now, as its poller would at its next round.</summary>
    private static async Task RunDueJobsAsync(Competition competition)
    {
        await using var scope = competition.Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IWorkflowJobRunner>().RunDueJobsAsync();
    }

    private static Task<string> InstanceStateAsync(Competition competition, string applicationId) =>
        competition.Host.QueryAsync(db => db.Set<WorkflowInstanceRecord>().Where(i => i.BusinessKey == applicationId).Select(i => i.State).SingleAsync());
}
