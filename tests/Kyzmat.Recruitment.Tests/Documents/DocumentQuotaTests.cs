using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Documents;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Profiles;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Tests.Documents;

/// <summary>What one citizen may keep uploaded, and the daily deletion of uploads nothing refers to.</summary>
public sealed class DocumentQuotaTests
{
    private static readonly byte[] Pdf = DocumentUploadTests.Pdf;

    private static Task<StoredDocument> UploadAsync(RecruitmentRoom room, Guid owner, string name) =>
        room.InScopeAsync(s => s.GetRequiredService<DocumentUploads>().UploadAsync(owner, name, new MemoryStream(Pdf), default));

    private static Task<int> CountAsync(RecruitmentRoom room, Guid owner) =>
        room.InScopeAsync(s => s.GetRequiredService<KyzmatDbContext>().Documents.CountAsync(d => d.OwnerId == owner));

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Upload_PastTheFileQuota_IsRefusedAndLeavesNothing_WhileOthersMayStillUpload(DatabaseProvider provider)
    {
        await using var room = await RecruitmentRoom.StartAsync(provider, new() { ["Kyzmat:Documents:MaxFilesPerCitizen"] = "2" });
        var (aigul, bakyt) = (Guid.NewGuid(), Guid.NewGuid());
        await UploadAsync(room, aigul, "1.pdf");
        await UploadAsync(room, aigul, "2.pdf");

        var refused = await Assert.ThrowsAsync<UserInputException>(() => UploadAsync(room, aigul, "3.pdf"));
        await UploadAsync(room, bakyt, "1.pdf");

        Assert.Equal(UserErrorCodes.DocumentQuotaExceeded, refused.Code);
        Assert.Contains("at most 2 files", refused.Message, StringComparison.Ordinal);
        Assert.Equal((2, 1), (await CountAsync(room, aigul), await CountAsync(room, bakyt)));
        Assert.Equal(3, (await room.StoredContentsAsync()).Count);
        Assert.Empty(room.TemporaryFiles());
    }

    [Fact]
    public async Task Upload_PastTheByteQuota_IsRefused()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite,
            new() { ["Kyzmat:Documents:MaxBytesPerCitizen"] = (Pdf.Length * 2).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var aigul = Guid.NewGuid();
        await UploadAsync(room, aigul, "1.pdf");
        await UploadAsync(room, aigul, "2.pdf");

        Assert.Equal(UserErrorCodes.DocumentQuotaExceeded, (await Assert.ThrowsAsync<UserInputException>(() => UploadAsync(room, aigul, "3.pdf"))).Code);
    }

    [SkippableFact]
    [PostgreSqlTest]
    public async Task Uploads_AtTheSameMoment_NeverGoPastTheQuota()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.PostgreSql, new() { ["Kyzmat:Documents:MaxFilesPerCitizen"] = "3" });
        var aigul = Guid.NewGuid();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            try
            {
                await UploadAsync(room, aigul, $"{i}.pdf");
                return true;
            }
            catch (UserInputException ex) when (ex.Code == UserErrorCodes.DocumentQuotaExceeded)
            {
                return false;
            }
        }));

        var kept = await CountAsync(room, aigul);
        Assert.InRange(kept, 1, 3);
        Assert.Equal(kept, outcomes.Count(o => o));
        Assert.Equal(kept, (await room.StoredContentsAsync()).Count);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TheOrphanJob_DeletesOldUploadsNothingRefersTo_AndKeepsTheRest(DatabaseProvider provider)
    {
        await using var room = await RecruitmentRoom.StartAsync(provider, new() { ["Kyzmat:Documents:OrphanAfter"] = "00:00:00" });
        var citizen = await room.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<KyzmatDbContext>();
            var row = new Citizen { Pin = "21505199000123", Surname = "Асанова", Name = "Айгүл", CreatedAt = DateTimeOffset.UtcNow };
            db.Citizens.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
        var diploma = await UploadAsync(room, citizen, "diploma.pdf");
        var orphan = await UploadAsync(room, citizen, "forgotten.pdf");
        await room.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<KyzmatDbContext>();
            db.Educations.Add(new Education
            {
                CitizenId = citizen, Institution = "КМУ", Speciality = "Экономика", Qualification = "Бакалавр", Field = "Экономика",
                StartDate = new DateOnly(2010, 9, 1), DocumentId = diploma.Id,
            });
            await db.SaveChangesAsync();
        });

        var deleted = await room.InScopeAsync(s => s.GetRequiredService<OrphanDocumentsJob>().RunAsync(default));

        Assert.Equal(1, deleted);
        var left = await room.InScopeAsync(s => s.GetRequiredService<KyzmatDbContext>().Documents.Select(d => d.Id).ToListAsync());
        Assert.Equal([diploma.Id], left);
        Assert.Single(await room.StoredContentsAsync());
        Assert.DoesNotContain((await room.StoredContentsAsync()), k => k == orphan.StorageKey);
    }

    [Fact]
    public async Task TheOrphanJob_LeavesUploadsYoungerThanADay()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);
        await UploadAsync(room, Guid.NewGuid(), "just-now.pdf");

        Assert.Equal(0, await room.InScopeAsync(s => s.GetRequiredService<OrphanDocumentsJob>().RunAsync(default)));
        Assert.Single(await room.StoredContentsAsync());
    }
}
