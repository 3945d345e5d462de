using System.Net;
using System.Text.Json;
using Kyzmat.GraphQL.Tests.Applications;
using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Vacancies;

/// <summary>HR reviewers create, edit, publish, close and cancel their body's vacancies through /graphql.</summary>
public sealed class VacancyManagementTests
{
    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Hr_DraftsPublishesAndCloses_AndOnceSomeoneAppliedARequirementsEditBecomesAnAmendment(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        var (bodyId, officeId) = await VacancyDrafts.BodyAsync(competition);
        var hr = competition.Hr;

        var draft = (await hr.QueryAsync(VacancyDrafts.Create, new { b = bodyId, i = VacancyDrafts.Input(officeId, "Аудитордун") })).GetProperty("createVacancy");
        var id = draft.GetProperty("id").GetString()!;
        Assert.Equal("DRAFT", draft.GetProperty("status").GetString());
        Assert.Matches(@"^KZ-\d{4}-\d{4,}$", draft.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("publishedAt").ValueKind);
        Assert.Equal(("Отдел внутреннего аудита", "HIGHER", 2, "B2", "Диплом, трудовая книжка."), (
            draft.GetProperty("unit").GetProperty("ru").GetString(), draft.GetProperty("requiredEducation").GetString(), draft.GetProperty("minExperienceYears").GetInt32(),
            draft.GetProperty("stateLanguageLevel").GetString(), draft.GetProperty("requiredDocuments").GetProperty("ru").GetString()));

        // A draft is HR's own: nobody else finds it, by id or by search.
        foreach (var outsider in new[] { competition.Anonymous, competition.Nurlan, competition.OtherHr })
        {
            Assert.Equal(JsonValueKind.Null, (await outsider.QueryAsync(VacancyDrafts.ById, new { id })).GetProperty("vacancy").ValueKind);
        }

        Assert.Equal(0, await SearchCountAsync(competition.Anonymous, "аудитордун"));
        Assert.Equal(id, (await hr.QueryAsync(VacancyDrafts.ById, new { id })).GetProperty("vacancy").GetProperty("id").GetString());

        // Before anyone applied, the requirements change in place.
        var edited = (await hr.QueryAsync(VacancyDrafts.Update, new { id, i = VacancyDrafts.Input(officeId, "Аудитордун", "Жогорку билим жана 2 жыл тажрыйба.") }))
            .GetProperty("updateVacancy");
        Assert.Equal(JsonValueKind.Null, edited.GetProperty("amendment").ValueKind);
        Assert.Equal("Жогорку билим жана 2 жыл тажрыйба.", edited.GetProperty("vacancy").GetProperty("requirements").GetProperty("ky").GetString());

        var published = (await hr.QueryAsync(VacancyDrafts.Publish, new { id })).GetProperty("publishVacancy");
        Assert.Equal("PUBLISHED", published.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, published.GetProperty("publishedAt").ValueKind);
        Assert.Equal(1, await SearchCountAsync(competition.Anonymous, "аудитордун"));

        // Someone applied: the requirements stay as Nurlan read them, the edit is published as an amendment note.
        await Steps.ApplyAsync(competition.Nurlan, id);
        var amended = (await hr.QueryAsync(VacancyDrafts.Update, new { id, i = VacancyDrafts.Input(officeId, "Аудитордун", "Жогорку билим жана 3 жыл тажрыйба.") }))
            .GetProperty("updateVacancy");
        Assert.Equal("Жогорку билим жана 3 жыл тажрыйба.", amended.GetProperty("amendment").GetProperty("text").GetProperty("ky").GetString());
        var seen = (await competition.Anonymous.QueryAsync(VacancyDrafts.ById, new { id })).GetProperty("vacancy");
        Assert.Equal("Жогорку билим жана 2 жыл тажрыйба.", seen.GetProperty("requirements").GetProperty("ky").GetString());
        Assert.Equal("Жогорку билим жана 3 жыл тажрыйба.", Assert.Single(seen.GetProperty("amendments").EnumerateArray()).GetProperty("text").GetProperty("ky").GetString());

        // Sending the amended text back (with another change) adds no second amendment.
        var resent = VacancyDrafts.Input(officeId, "Аудитордун", "Жогорку билим жана 3 жыл тажрыйба.");
        resent["salaryMax"] = 47000;
        Assert.Equal(JsonValueKind.Null, (await hr.QueryAsync(VacancyDrafts.Update, new { id, i = resent })).GetProperty("updateVacancy").GetProperty("amendment").ValueKind);

        // Nor may the group change, nor the deadline move earlier, once published and applied to.
        var regrouped = await hr.PostAsync(VacancyDrafts.Update, new { id, i = VacancyDrafts.Input(officeId, "Аудитордун", group: "MAIN") });
        var earlier = VacancyDrafts.Input(officeId, "Аудитордун");
        earlier["deadline"] = DateTimeOffset.UtcNow.AddDays(2).ToString("O");
        var shortened = await hr.PostAsync(VacancyDrafts.Update, new { id, i = earlier });
        var moreExperience = await hr.PostAsync(VacancyDrafts.Update, new { id, i = VacancyDrafts.Input(officeId, "Аудитордун", experienceYears: 5) });
        Assert.Equal("GROUP_LOCKED", regrouped.FirstErrorCode);
        Assert.Equal("GROUP_LOCKED", moreExperience.FirstErrorCode);
        Assert.Equal("DEADLINE_ONLY_LATER", shortened.FirstErrorCode);

        var closed = (await hr.QueryAsync(VacancyDrafts.Close, new { id })).GetProperty("closeVacancy");
        Assert.Equal("CLOSED", closed.GetProperty("status").GetString());
        var late = await competition.Aigul.PostAsync("mutation($v: ID!) { applyForVacancy(vacancyId: $v) { id } }", new { v = id });
        Assert.Equal("VACANCY_NOT_OPEN", late.FirstErrorCode);
        var republished = await hr.PostAsync(VacancyDrafts.Publish, new { id }, language: "ru");
        Assert.Equal("VACANCY_STATUS_INVALID", republished.FirstErrorCode);
        Assert.Contains("закрыта", republished.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await competition.Host.QueryAsync(db => db.VacancyAmendments.CountAsync()));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CancellingACompetition_CancelsItsActiveApplicationsWithTheReason_AndRunningItAgainChangesNothing(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        var (vacancyId, _) = await competition.NewVacancyAsync();
        var applicationId = await Steps.ApplyAsync(competition.Nurlan, vacancyId);

        var blank = await competition.Hr.PostAsync(VacancyDrafts.Cancel, new { id = vacancyId, r = "   " });
        Assert.Equal("REQUIRED_FIELD", blank.FirstErrorCode);
        Assert.Equal("Active", await InstanceStateAsync(competition, applicationId));

        const string Reason = "Штаттык бирдик кыскартылды.";
        var cancelled = (await competition.Hr.QueryAsync(VacancyDrafts.Cancel, new { id = vacancyId, r = Reason })).GetProperty("cancelVacancy");
        Assert.Equal(("CANCELLED", Reason), (cancelled.GetProperty("status").GetString(), cancelled.GetProperty("cancellationReason").GetString()));

        var application = await Steps.ApplicationAsync(competition.Nurlan, applicationId);
        Assert.Equal(("CANCELLED", Reason), (application.GetProperty("status").GetString(), application.GetProperty("reason").GetString()));
        Assert.Equal("Cancelled", await InstanceStateAsync(competition, applicationId));
        var publicView = (await competition.Anonymous.QueryAsync(VacancyDrafts.ById, new { id = vacancyId })).GetProperty("vacancy");
        Assert.Equal("CANCELLED", publicView.GetProperty("status").GetString());

        await competition.Hr.QueryAsync(VacancyDrafts.Cancel, new { id = vacancyId, r = "Башка себеп." });
        Assert.Equal(Reason, await competition.Host.QueryAsync(db => db.Vacancies.Where(v => v.Id == Guid.Parse(vacancyId)).Select(v => v.CancellationReason).SingleAsync()));
        Assert.Equal(1, await competition.Host.QueryAsync(db => db.ApplicationEvents.CountAsync(e => e.ApplicationId == Guid.Parse(applicationId) && e.Status == Kyzmat.Recruitment.Applications.ApplicationStatus.Cancelled)));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ClosingAVacancy_CancelsItsUnsignedDrafts_WithAReasonToldTheApplicant_WhileFiledApplicationsGoOn(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        var (vacancyId, officeId) = await competition.NewVacancyAsync();
        var filedId = await Steps.ApplyAndFileAsync(competition, vacancyId, officeId);
        await Competition.FillProfileAsync(competition.Aigul);
        var draftId = await Steps.ApplyAsync(competition.Aigul, vacancyId);
        Assert.Equal("DOCUMENT_READY", (await Steps.CreateDocumentAsync(competition.Aigul, draftId, officeId)).GetProperty("status").GetString());

        var closed = (await competition.Hr.QueryAsync(VacancyDrafts.Close, new { id = vacancyId })).GetProperty("closeVacancy");
        Assert.Equal("CLOSED", closed.GetProperty("status").GetString());

        // The draft can no longer be signed: it is cancelled with its process, and Aigul is told why.
        var draft = await Steps.ApplicationAsync(competition.Aigul, draftId);
        var reason = CompetitionCancellation.ClosedBeforeSigning.Ky;
        Assert.Equal(("CANCELLED", reason), (draft.GetProperty("status").GetString(), draft.GetProperty("reason").GetString()));
        Assert.Equal("Cancelled", await InstanceStateAsync(competition, draftId));
        var signing = await competition.Aigul.PostAsync("mutation($a: ID!) { requestApplicationSignature(applicationId: $a) { id } }", new { a = draftId });
        Assert.Equal("APPLICATION_STEP_UNAVAILABLE", signing.FirstErrorCode);
        var inbox = (await competition.Aigul.QueryAsync("{ me { notifications(first: 10) { nodes { body { ky ru } } } } }"))
            .GetProperty("me").GetProperty("notifications").GetProperty("nodes");
        var notice = Assert.Single(inbox.EnumerateArray(), n => n.GetProperty("body").GetProperty("ky").GetString()!.Contains(reason, StringComparison.Ordinal));
        Assert.EndsWith(CompetitionCancellation.ClosedBeforeSigning.Ru, notice.GetProperty("body").GetProperty("ru").GetString(), StringComparison.Ordinal);

        // Nurlan had filed: the competition goes on for him.
        Assert.Equal("FILED", (await Steps.ApplicationAsync(competition.Nurlan, filedId)).GetProperty("status").GetString());
        Assert.Equal("Active", await InstanceStateAsync(competition, filedId));
        Assert.Equal("ADMITTED_TO_TESTING", (await Steps.ReviewAsync(competition.Hr, filedId, admit: true)).GetProperty("status").GetString());

        // Closing again is allowed and changes nothing more.
        Assert.Equal("CLOSED", (await competition.Hr.QueryAsync(VacancyDrafts.Close, new { id = vacancyId })).GetProperty("closeVacancy").GetProperty("status").GetString());
        Assert.Equal(1, await competition.Host.QueryAsync(db => db.ApplicationEvents.CountAsync(e => e.ApplicationId == Guid.Parse(draftId) && e.Status == ApplicationStatus.Cancelled)));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ClosingAVacancy_CancelsADraftAndOneAwaitingItsCode_WhoseCodeThenFilesNothing(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        var (vacancyId, officeId) = await competition.NewVacancyAsync();
        var awaitingId = await Steps.ApplyAsync(competition.Nurlan, vacancyId);
        await Steps.CreateDocumentAsync(competition.Nurlan, awaitingId, officeId);
        Assert.Equal("AWAITING_SIGNATURE", (await Steps.RequestSignatureAsync(competition.Nurlan, awaitingId)).GetProperty("status").GetString());
        var code = await competition.NextCodeToNurlanAsync();
        await Competition.FillProfileAsync(competition.Aigul);
        var draftId = await Steps.ApplyAsync(competition.Aigul, vacancyId);

        await competition.Hr.QueryAsync(VacancyDrafts.Close, new { id = vacancyId });

        foreach (var (citizen, id) in new[] { (competition.Nurlan, awaitingId), (competition.Aigul, draftId) })
        {
            var application = await Steps.ApplicationAsync(citizen, id);
            Assert.Equal(("CANCELLED", CompetitionCancellation.ClosedBeforeSigning.Ky), (application.GetProperty("status").GetString(), application.GetProperty("reason").GetString()));
            Assert.Equal("Cancelled", await InstanceStateAsync(competition, id));
        }

        // The cancelled application has no step waiting for the code any more.
        var late = await Steps.ConfirmAsync(competition.Nurlan, awaitingId, code);
        Assert.Equal("APPLICATION_STEP_UNAVAILABLE", late.FirstErrorCode);
        Assert.Equal(JsonValueKind.Null, (await Steps.ApplicationAsync(competition.Nurlan, awaitingId)).GetProperty("signedAt").ValueKind);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ACodeConfirmedAfterTheDeadline_DoesNotFileTheApplication_EvenBeforeTheDeadlineTimerCancelsIt(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        var (vacancyId, officeId) = await competition.NewVacancyAsync();
        var applicationId = await Steps.ApplyAsync(competition.Nurlan, vacancyId);
        await Steps.CreateDocumentAsync(competition.Nurlan, applicationId, officeId);
        await Steps.RequestSignatureAsync(competition.Nurlan, applicationId);
        var code = await competition.NextCodeToNurlanAsync();

        // The deadline passes while the timer that cancels unsigned drafts has not fired yet (it is due later here).
        await competition.Host.QueryAsync(db => db.Vacancies.Where(v => v.Id == Guid.Parse(vacancyId))
            .ExecuteUpdateAsync(u => u.SetProperty(v => v.Deadline, DateTimeOffset.UtcNow.AddMinutes(-1))));

        var late = await Steps.ConfirmAsync(competition.Nurlan, applicationId, code);
        Assert.Equal("VACANCY_NOT_OPEN", late.FirstErrorCode);
        var application = await Steps.ApplicationAsync(competition.Nurlan, applicationId);
        Assert.Equal(("AWAITING_SIGNATURE", JsonValueKind.Null), (application.GetProperty("status").GetString(), application.GetProperty("signedAt").ValueKind));
        Assert.Equal(0, await competition.Host.QueryAsync(db => db.ApplicationPdfs.CountAsync(p => p.ApplicationId == Guid.Parse(applicationId) && p.Kind == ApplicationPdfKind.Signed)));

        // The refusal came before the code was looked at: with the deadline back in the future, the same code files it.
        await competition.Host.QueryAsync(db => db.Vacancies.Where(v => v.Id == Guid.Parse(vacancyId))
            .ExecuteUpdateAsync(u => u.SetProperty(v => v.Deadline, DateTimeOffset.UtcNow.AddDays(1))));
        Assert.Equal("FILED", (await Steps.ConfirmWhenReadyAsync(competition.Nurlan, applicationId, code)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task BadVacancyInput_IsRefusedWithALocalisedReason_AndCreatesNothing()
    {
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite);
        var (bodyId, officeId) = await VacancyDrafts.BodyAsync(competition);
        var (_, foreignOfficeId) = await VacancyDrafts.BodyAsync(competition, minfin: false);
        var before = await competition.Host.QueryAsync(db => db.Vacancies.CountAsync());

        var noTitle = VacancyDrafts.Input(officeId);
        noTitle["title"] = new { ky = " ", ru = "Специалист" };
        var salary = VacancyDrafts.Input(officeId);
        salary["salaryMin"] = 50000;
        var past = VacancyDrafts.Input(officeId);
        past["deadline"] = DateTimeOffset.UtcNow.AddHours(-1).ToString("O");
        var noOffice = VacancyDrafts.Input(officeId);
        noOffice["officeIds"] = Array.Empty<string>();
        var tooLong = VacancyDrafts.Input(officeId, requirements: new string('ы', 4001));
        var experience = VacancyDrafts.Input(officeId, experienceYears: 41);
        var huge = VacancyDrafts.Input(officeId);
        huge["salaryMax"] = 1e12m;

        var cases = new (Dictionary<string, object?> Input, string Code, string Message)[]
        {
            (noTitle, "REQUIRED_FIELD", "«Аталышы (кыргызча)» талаасын толтуруңуз."),
            (salary, "SALARY_RANGE_INVALID", "Айлык акы терс боло албайт, жогорку чеги төмөнкүсүнөн аз боло албайт."),
            (past, "DEADLINE_IN_PAST", "Арыз кабыл алуунун акыркы мөөнөтү келечекте болушу керек."),
            (noOffice, "REQUIRED_FIELD", "«Кеңселер» талаасын толтуруңуз."),
            (VacancyDrafts.Input(foreignOfficeId), "OFFICE_NOT_OF_BODY", "Бул кеңсе вакансиянын мамлекеттик органына таандык эмес."),
            (tooLong, "TEXT_TOO_LONG", "«Талаптар (кыргызча)» талаасы өтө узун: эң көп 4000 белги."),
            (huge, "SALARY_RANGE_INVALID", "Айлык акы терс боло албайт, жогорку чеги төмөнкүсүнөн аз боло албайт."),
            (experience, "EXPERIENCE_YEARS_OUT_OF_RANGE", "Талап кылынган иш стажы 0дөн 40 жылга чейин болушу керек."),
        };
        foreach (var (input, code, message) in cases)
        {
            var response = await competition.Hr.PostAsync(VacancyDrafts.Create, new { b = bodyId, i = input }, language: "ky");
            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.Equal(code, response.FirstErrorCode);
            Assert.Equal(message, response.FirstError.GetProperty("message").GetString());
        }

        Assert.Equal(before, await competition.Host.QueryAsync(db => db.Vacancies.CountAsync()));
    }

    private static async Task<int> SearchCountAsync(GraphQLClient client, string text) =>
        (await client.QueryAsync("query($t: String) { vacancies(filter: { text: $t }) { totalCount } }", new { t = text }))
        .GetProperty("vacancies").GetProperty("totalCount").GetInt32();

    [SkippableFact]
    [PostgreSqlTest]
    public async Task ACancellationAHostDidNotFinish_IsFinishedByTheJob_EachApplicationOnce()
    {
        await using var competition = await Competition.StartAsync(DatabaseProvider.PostgreSql);
        var (vacancyId, officeId) = await competition.NewVacancyAsync();
        var filedId = await Steps.ApplyAndFileAsync(competition, vacancyId, officeId);
        await Competition.FillProfileAsync(competition.Aigul);
        var draftId = await Steps.ApplyAsync(competition.Aigul, vacancyId);
        const string Reason = "Штаттык бирдик кыскартылды.";

        // The host saved the vacancy's new status and died before it cancelled any application.
        await competition.Host.QueryAsync(async db =>
        {
            var vacancy = await db.Vacancies.SingleAsync(v => v.Id == Guid.Parse(vacancyId));
            (vacancy.Status, vacancy.CancellationReason) = (VacancyStatus.Cancelled, Reason);
            return await db.SaveChangesAsync();
        });
        await using var scope = competition.Host.Services.CreateAsyncScope();
        var finished = await scope.ServiceProvider.GetRequiredService<CompetitionCancellationJob>().RunAsync(CancellationToken.None);
        await using var again = competition.Host.Services.CreateAsyncScope();
        var second = await again.ServiceProvider.GetRequiredService<CompetitionCancellationJob>().RunAsync(CancellationToken.None);

        Assert.Equal((2, 0), (finished, second));
        foreach (var (owner, id) in new[] { (competition.Nurlan, filedId), (competition.Aigul, draftId) })
        {
            var application = await Steps.ApplicationAsync(owner, id);
            Assert.Equal(("CANCELLED", Reason), (application.GetProperty("status").GetString(), application.GetProperty("reason").GetString()));
            Assert.Equal("Cancelled", await InstanceStateAsync(competition, id));
            Assert.Equal(1, await competition.Host.QueryAsync(db => db.ApplicationEvents.CountAsync(e => e.ApplicationId == Guid.Parse(id) && e.Status == ApplicationStatus.Cancelled)));
        }
    }

    private static Task<string> InstanceStateAsync(Competition competition, string applicationId) =>
        competition.Host.QueryAsync(db => db.Set<WorkflowInstanceRecord>().Where(i => i.BusinessKey == applicationId).Select(i => i.State).SingleAsync());
}
