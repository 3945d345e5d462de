using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Documents;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Tests.Documents;

public sealed class DocumentUploadTests
{
    private static readonly Guid Citizen = Guid.NewGuid();

    public static byte[] Pdf => "%PDF-1.7\n1 0 obj << >> endobj\ntrailer\n%%EOF\n"u8.ToArray();

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Upload_Pdf_IsStoredWithHashAndSafeName(DatabaseProvider provider)
    {
        await using var room = await RecruitmentRoom.StartAsync(provider);

        var document = await UploadAsync(room, "Диплом (2015).pdf", Pdf);

        Assert.Equal(DocumentFormat.Pdf, document.Format);
        Assert.Equal("Диплом (2015).pdf", document.FileName);
        Assert.Equal(Pdf.Length, document.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)), document.Sha256);
        var stored = await room.InScopeAsync(async s =>
        {
            await using var content = await s.GetRequiredService<IDocumentStorage>().OpenReadAsync(document.StorageKey, default);
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            return copy.ToArray();
        });
        Assert.Equal(Pdf, stored);
        Assert.Empty(room.TemporaryFiles());
    }

    [Theory]
    [InlineData("cv.pdf", new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00 }, UserErrorCodes.DocumentFormatNotAllowed)]
    [InlineData("empty.pdf", new byte[0], UserErrorCodes.DocumentEmpty)]
    [InlineData("photo.png", new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0 }, UserErrorCodes.DocumentFormatNotAllowed)]
    public async Task Upload_NotAnAllowedDocument_IsRefusedAndLeavesNothing(string name, byte[] content, string expectedCode)
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);

        var refused = await Assert.ThrowsAsync<UserInputException>(() => UploadAsync(room, name, content));

        Assert.Equal(expectedCode, refused.Code);
        await AssertNothingLeftAsync(room);
    }

    [Fact]
    public async Task Upload_OfFiftyMegabytes_IsRefusedWithoutKeepingAnyOfIt()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);
        var fiftyMegabytes = new RepeatingStream(Pdf, 50L * 1024 * 1024);

        var refused = await Assert.ThrowsAsync<UserInputException>(() => room.InScopeAsync(s =>
            s.GetRequiredService<DocumentUploads>().UploadAsync(Citizen, "big.pdf", fiftyMegabytes, default)));

        Assert.Equal(UserErrorCodes.DocumentTooLarge, refused.Code);
        Assert.Equal("Файл слишком большой: не более 10 МБ.", refused.MessageIn("ru"));
        Assert.True(fiftyMegabytes.Position <= 11L * 1024 * 1024, "the upload was read past the limit");
        await AssertNothingLeftAsync(room);
    }

    [Theory]
    [InlineData("../../../etc/passwd.png", "passwd.png")]
    [InlineData("..\\..\\windows\\system.ini", "system.png")]
    [InlineData("....png", "document.png")]
    [InlineData("a\u0000b<c>:d|e?.png", "a_b_c__d_e_.png")]
    public async Task Upload_WithPathInName_KeepsOnlyASafeNameInsideTheFileSystemStorage(string name, string expected)
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite, new() { ["Kyzmat:Documents:Store"] = "FileSystem" });
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

        var document = await UploadAsync(room, name, png);

        Assert.Equal(expected, document.FileName);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(room.DataPath, "files"), "*", SearchOption.AllDirectories));
        Assert.EndsWith(document.StorageKey, file.Replace('\\', '/'), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Upload_ByDefault_KeepsTheBytesInTheDatabase_NotOnTheHostsDisk(DatabaseProvider provider)
    {
        await using var room = await RecruitmentRoom.StartAsync(provider);

        var document = await UploadAsync(room, "diploma.pdf", Pdf);

        Assert.StartsWith(DatabaseDocumentStorage.KeyPrefix, document.StorageKey, StringComparison.Ordinal);
        Assert.Equal([document.StorageKey], await room.StoredContentsAsync());
        Assert.False(Directory.Exists(Path.Combine(room.DataPath, "files")));
        Assert.Equal(Pdf, await ReadAsync(room, document.StorageKey));
    }

    [Fact]
    public async Task FileStoredOnDiskBeforeTheStoreChanged_StaysReadableAndDeletable()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);
        var onDisk = new FileSystemDocumentStorage(Path.Combine(room.DataPath, "files"), TimeProvider.System);
        var key = await onDisk.SaveAsync(new MemoryStream(Pdf), default);

        var content = await ReadAsync(room, key);
        await room.InScopeAsync(s => s.GetRequiredService<IDocumentStorage>().DeleteAsync(key, default));

        Assert.Equal(Pdf, content);
        Assert.Empty(await room.StoredContentsAsync());
    }

    private static Task<byte[]> ReadAsync(RecruitmentRoom room, string key) => room.InScopeAsync(async s =>
    {
        await using var content = await s.GetRequiredService<IDocumentStorage>().OpenReadAsync(key, default);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    });

    private static Task<StoredDocument> UploadAsync(RecruitmentRoom room, string name, byte[] content) =>
        room.InScopeAsync(s => s.GetRequiredService<DocumentUploads>().UploadAsync(Citizen, name, new MemoryStream(content), default));

    private static async Task AssertNothingLeftAsync(RecruitmentRoom room)
    {
        Assert.Empty(await room.StoredContentsAsync());
        Assert.Empty(room.TemporaryFiles());
        Assert.Equal(0, await room.InScopeAsync(s => s.GetRequiredService<KyzmatDbContext>().Documents.CountAsync()));
    }

    /// <summary>A long stream that repeats a pattern, without holding it in memory.</summary>
    private sealed class RepeatingStream(byte[] pattern, long length) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = pattern[(Position + i) % pattern.Length];
            }

            Position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
