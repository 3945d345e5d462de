using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Documents;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Profiles;
using Kyzmat.Recruitment.Tests.Documents;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Tests.Profiles;

public sealed class ProfileEditorTests
{
    private static readonly Guid Aigul = Guid.NewGuid();
    private static readonly Guid Bakyt = Guid.NewGuid();

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task FillingEveryBlock_WithDocuments_CompletesTheProfile(DatabaseProvider provider)
    {
        await using var room = await RecruitmentRoom.StartAsync(provider);
        var diploma = await UploadAsync(room, Aigul);
        var workBook = await UploadAsync(room, Aigul);

        var completion = await room.InScopeAsync(async s =>
        {
            var editor = s.GetRequiredService<ProfileEditor>();
            await editor.UpdatePersonalAsync(Aigul, new(Sex.Female, "kg", "+996 (555) 12-34-56", "naryn", "Ат-Башы", "Ленин көчөсү, 5", MaritalStatus.Married), default);
            await editor.UpdateAdditionalAsync(Aigul, new([new("ky", LanguageLevel.Native), new("ru", LanguageLevel.C1)], "Word, Excel", null, null, null), default);
            await editor.SaveEducationAsync(Aigul, null, new("Кыргыз улуттук университети", "Юриспруденция", "Юрист", new(2010, 9, 1), new(2015, 6, 30), StudyForm.FullTime, "Укук", diploma.Id), default);
            await editor.SaveWorkExperienceAsync(Aigul, null, new("Нарын облусунун сотu", "Канцелярия", "Адис", PostType.StateCivilService, ["Укук", "Иш кагаздары"], new(2016, 1, 10), null, workBook.Id), default);
            return await CompletionAsync(s, Aigul);
        });

        Assert.Equal(100, completion.Percent);
        Assert.Empty(completion.Missing);
        var profile = await room.InScopeAsync(s => s.GetRequiredService<KyzmatDbContext>().Profiles.SingleAsync(p => p.CitizenId == Aigul));
        Assert.Equal("+996555123456", profile.Phone);
        Assert.Equal("KG", profile.Citizenship);
        Assert.Equal(2, profile.Languages.Count);
    }

    [Fact]
    public async Task Completion_OfEmptyProfile_ListsWhatIsMissing()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);

        var completion = await room.InScopeAsync(s => CompletionAsync(s, Bakyt));

        Assert.Equal(10, completion.Percent);
        Assert.Contains(MissingItems.Education, completion.Missing);
        Assert.Contains(MissingItems.WorkExperienceDocument, completion.Missing);
        Assert.DoesNotContain(MissingItems.BasicInformation, completion.Missing);
    }

    [Theory]
    [InlineData("2015-06-30", "2010-09-01", UserErrorCodes.DateRangeInvalid, "Дата окончания не может быть раньше даты начала.")]
    [InlineData("2099-01-01", null, UserErrorCodes.DateInFuture, "«Дата начала» не может быть в будущем.")]
    public async Task SaveEducation_WithImpossibleDates_IsRefusedInTheCitizensLanguage(string start, string? end, string code, string russian)
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);

        var refused = await Assert.ThrowsAsync<UserInputException>(() => room.InScopeAsync(s => s.GetRequiredService<ProfileEditor>()
            .SaveEducationAsync(Aigul, null, new("КУУ", "Тарых", "Тарыхчы", DateOnly.Parse(start), end is null ? null : DateOnly.Parse(end), StudyForm.FullTime, "Гуманитардык", null), default)));

        Assert.Equal(code, refused.Code);
        Assert.Equal(russian, refused.MessageIn("ru"));
        Assert.Equal(0, await room.InScopeAsync(s => s.GetRequiredService<KyzmatDbContext>().Educations.CountAsync()));
    }

    [Fact]
    public async Task SaveEducation_WithEmptyInstitution_NamesTheFieldByItsLabel()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);

        var refused = await Assert.ThrowsAsync<UserInputException>(() => room.InScopeAsync(s => s.GetRequiredService<ProfileEditor>()
            .SaveEducationAsync(Aigul, null, new("  ", "Тарых", "Тарыхчы", new(2010, 9, 1), null, StudyForm.FullTime, "Гуманитардык", null), default)));

        Assert.Equal(UserErrorCodes.RequiredField, refused.Code);
        Assert.Equal("«ЖОЖдун аталышы» талаасын толтуруңуз.", refused.MessageIn("ky"));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("+996 abc")]
    public async Task UpdatePersonal_WithBadPhone_IsRefused(string phone)
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);

        var refused = await Assert.ThrowsAsync<UserInputException>(() => room.InScopeAsync(s => s.GetRequiredService<ProfileEditor>()
            .UpdatePersonalAsync(Aigul, new(Sex.Female, "KG", phone, "bishkek", null, "Чүй пр., 1", MaritalStatus.Single), default)));

        Assert.Equal(UserErrorCodes.PhoneInvalid, refused.Code);
    }

    [Fact]
    public async Task UpdatePersonal_WithUnknownRegion_IsRefused()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);

        var refused = await Assert.ThrowsAsync<UserInputException>(() => room.InScopeAsync(s => s.GetRequiredService<ProfileEditor>()
            .UpdatePersonalAsync(Aigul, new(Sex.Female, "KG", null, "atlantis", null, null, null), default)));

        Assert.Equal(UserErrorCodes.RegionUnknown, refused.Code);
    }

    [Fact]
    public async Task SaveEducation_WithAnotherCitizensDocument_IsRefused()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);
        var bakytsDiploma = await UploadAsync(room, Bakyt);

        var refused = await Assert.ThrowsAsync<UserInputException>(() => room.InScopeAsync(s => s.GetRequiredService<ProfileEditor>()
            .SaveEducationAsync(Aigul, null, new("КУУ", "Тарых", "Тарыхчы", new(2010, 9, 1), new(2014, 6, 1), StudyForm.FullTime, "Гуманитардык", bakytsDiploma.Id), default)));

        Assert.Equal(UserErrorCodes.DocumentNotYours, refused.Code);
    }

    [Fact]
    public async Task EditingAnotherCitizensRecord_IsNotFound()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);
        var bakytsEducation = await room.InScopeAsync(s => s.GetRequiredService<ProfileEditor>()
            .SaveEducationAsync(Bakyt, null, new("КУУ", "Тарых", "Тарыхчы", new(2010, 9, 1), new(2014, 6, 1), StudyForm.FullTime, "Гуманитардык", null), default));

        var refused = await Assert.ThrowsAsync<UserInputException>(() => room.InScopeAsync(s => s.GetRequiredService<ProfileEditor>()
            .RemoveEducationAsync(Aigul, bakytsEducation.Id, default)));

        Assert.Equal(UserErrorCodes.NotFound, refused.Code);
        Assert.Equal(1, await room.InScopeAsync(s => s.GetRequiredService<KyzmatDbContext>().Educations.CountAsync()));
    }

    [Fact]
    public async Task RemoveEducation_DeletesItsNowOrphanedDocument()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);
        var diploma = await UploadAsync(room, Aigul);
        var education = await room.InScopeAsync(s => s.GetRequiredService<ProfileEditor>()
            .SaveEducationAsync(Aigul, null, new("КУУ", "Тарых", "Тарыхчы", new(2010, 9, 1), new(2014, 6, 1), StudyForm.FullTime, "Гуманитардык", diploma.Id), default));
        Assert.Single(await room.StoredContentsAsync());

        await room.InScopeAsync(s => s.GetRequiredService<ProfileEditor>().RemoveEducationAsync(Aigul, education.Id, default));

        Assert.Empty(await room.StoredContentsAsync());
        Assert.Equal(0, await room.InScopeAsync(s => s.GetRequiredService<KyzmatDbContext>().Documents.CountAsync()));
    }

    [Fact]
    public void ExperienceSummary_OverlappingPeriods_AreCountedOnce()
    {
        var today = new DateOnly(2026, 1, 1);
        WorkExperience Period(string from, string? to, PostType type) =>
            new() { Organisation = "o", Position = "p", PostType = type, StartDate = DateOnly.Parse(from), EndDate = to is null ? null : DateOnly.Parse(to) };

        var summary = ExperienceSummary.Of(
            [
                Period("2016-01-01", "2020-01-01", PostType.StateCivilService),
                Period("2018-01-01", "2022-01-01", PostType.Other),
                Period("2022-01-01", null, PostType.MunicipalService),
            ],
            today);

        Assert.Equal(10.0m, summary.TotalYears);
        Assert.Equal(4.0m, summary.CivilServiceYears);
    }

    private static Task<StoredDocument> UploadAsync(RecruitmentRoom room, Guid owner) =>
        room.InScopeAsync(s => s.GetRequiredService<DocumentUploads>().UploadAsync(owner, "doc.pdf", new MemoryStream(DocumentUploadTests.Pdf), default));

    private static async Task<ProfileCompletion> CompletionAsync(IServiceProvider services, Guid citizenId)
    {
        var db = services.GetRequiredService<KyzmatDbContext>();
        var profile = await db.Profiles.SingleOrDefaultAsync(p => p.CitizenId == citizenId);
        var educations = await db.Educations.Where(e => e.CitizenId == citizenId).ToListAsync();
        var experiences = await db.WorkExperiences.Where(w => w.CitizenId == citizenId).ToListAsync();
        return ProfileCompletion.Of(hasBasicInformation: true, profile, educations, experiences);
    }
}
