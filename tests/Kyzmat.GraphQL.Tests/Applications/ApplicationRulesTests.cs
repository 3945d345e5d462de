using System.Net;
using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>What «Арыз тапшыруу» refuses, and what happens when requests race.</summary>
public sealed class ApplicationRulesTests
{
    [Fact]
    public async Task Applying_IsRefusedWithAClearReason_WhenTheProfileIsIncompleteTheVacancyClosedOrTheCallerAnonymous()
    {
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite);
        var (vacancyId, _) = await competition.NewVacancyAsync();
        var (closedId, _) = await competition.NewVacancyAsync(DateTimeOffset.UtcNow.AddMinutes(-1));
        const string Apply = "mutation($v: ID!) { applyForVacancy(vacancyId: $v) { id } }";

        var incomplete = await competition.Aigul.PostAsync(Apply, new { v = vacancyId }, language: "ru");
        var closed = await competition.Nurlan.PostAsync(Apply, new { v = closedId });
        var unknown = await competition.Nurlan.PostAsync(Apply, new { v = Guid.NewGuid() });
        var anonymous = await competition.Anonymous.PostAsync(Apply, new { v = vacancyId });

        Assert.Equal("PROFILE_INCOMPLETE", incomplete.FirstErrorCode);
        var message = incomplete.FirstError.GetProperty("message").GetString()!;
        Assert.StartsWith("Чтобы подать заявление, заполните данные личного кабинета полностью.", message, StringComparison.Ordinal);
        Assert.Contains("образование", message, StringComparison.Ordinal);
        Assert.Equal("VACANCY_NOT_OPEN", closed.FirstErrorCode);
        Assert.Equal("NOT_FOUND", unknown.FirstErrorCode);
        Assert.Equal((HttpStatusCode.Unauthorized, "NOT_AUTHENTICATED"), (anonymous.Status, anonymous.FirstErrorCode));
        Assert.Equal(0, await competition.Host.QueryAsync(db => db.Applications.CountAsync()));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RacingRequests_LeaveOneApplicationOneSignatureAndOneWinnerOfDecisionAgainstWithdrawal(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        var nurlan = competition.Nurlan;

        // Two clicks on «Арыз тапшыруу» at once: the database keeps one application.
        var (vacancyId, officeId) = await competition.NewVacancyAsync();
        var clicks = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            nurlan.PostAsync("mutation($v: ID!) { applyForVacancy(vacancyId: $v) { id } }", new { v = vacancyId })));
        Assert.Single(clicks, c => !c.HasErrors);
        Assert.All(clicks.Where(c => c.HasErrors), c => Assert.Equal("APPLICATION_EXISTS", c.FirstErrorCode));
        var applicationId = clicks.Single(c => !c.HasErrors).Data.GetProperty("applyForVacancy").GetProperty("id").GetString()!;
        Assert.Equal(1, await competition.Host.QueryAsync(db => db.Applications.CountAsync(a => a.VacancyId == Guid.Parse(vacancyId))));

        // Twenty confirmations with the right code at once: one signature.
        await Steps.CreateDocumentAsync(nurlan, applicationId, officeId);
        await Steps.RequestSignatureAsync(nurlan, applicationId);
        var code = await competition.NextCodeToNurlanAsync();
        await WaitForStepAsync(competition, applicationId, ApplicationLifecycle.Forms.ConfirmCode);
        var confirmations = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Steps.ConfirmAsync(nurlan, applicationId, code)));
        Assert.Single(confirmations, c => !c.HasErrors);
        Assert.All(confirmations.Where(c => c.HasErrors), c => Assert.Contains(c.FirstErrorCode, new[] { "CODE_USED", "APPLICATION_STEP_UNAVAILABLE", "CHANGED_MEANWHILE" }));
        Assert.Equal(1, await competition.Host.QueryAsync(db => db.ApplicationPdfs.CountAsync(p => p.ApplicationId == Guid.Parse(applicationId) && p.Kind == ApplicationPdfKind.Signed)));
        Assert.Equal(1, await competition.Host.QueryAsync(db => db.ApplicationEvents.CountAsync(e => e.ApplicationId == Guid.Parse(applicationId) && e.Status == ApplicationStatus.Filed)));

        // HR admits while the citizen withdraws: one wins, the other is told, and the state agrees with the winner.
        var task = await Steps.TaskAsync(competition.Hr, applicationId, "kyzmat:document-review");
        var decision = competition.Hr.PostAsync("mutation($t: ID!) { decideDocumentReview(taskId: $t, admit: true) { status } }", new { t = task });
        var withdrawal = nurlan.PostAsync("mutation($a: ID!) { withdrawApplication(applicationId: $a) { status } }", new { a = applicationId });
        await Task.WhenAll(decision, withdrawal);
        Assert.True(decision.Result.HasErrors != withdrawal.Result.HasErrors, $"{decision.Result.Body} {withdrawal.Result.Body}");

        var final = await Steps.ApplicationAsync(nurlan, applicationId);
        var instance = await competition.Host.QueryAsync(db => db.Set<WorkflowInstanceRecord>().SingleAsync(i => i.BusinessKey == applicationId));
        var openTasks = await competition.Host.QueryAsync(db => db.Set<WorkflowUserTaskRecord>()
            .Where(t => t.BusinessKey == applicationId && t.State == "Created").Select(t => t.FormKey).ToListAsync());
        if (decision.Result.HasErrors)
        {
            Assert.Contains(decision.Result.FirstErrorCode, new[] { "CHANGED_MEANWHILE", "NOT_FOUND", "TASK_ALREADY_COMPLETED", "APPLICATION_STEP_UNAVAILABLE" });
            Assert.Equal("WITHDRAWN", final.GetProperty("status").GetString());
            Assert.Equal("Cancelled", instance.State);
            Assert.Empty(openTasks);
        }
        else
        {
            Assert.Contains(withdrawal.Result.FirstErrorCode, new[] { "CHANGED_MEANWHILE", "APPLICATION_STEP_UNAVAILABLE" });
            Assert.Equal("ADMITTED_TO_TESTING", final.GetProperty("status").GetString());
            Assert.Equal("Active", instance.State);
            Assert.Equal(["kyzmat:test-result"], openTasks);
        }
    }

    private static Task WaitForStepAsync(Competition competition, string applicationId, string formKey) =>
        Eventually.WaitUntilAsync(
            () => competition.Host.QueryAsync(db => db.Set<WorkflowUserTaskRecord>().AnyAsync(t => t.BusinessKey == applicationId && t.FormKey == formKey && t.State == "Created")),
            $"the process reaches {formKey}");
}
