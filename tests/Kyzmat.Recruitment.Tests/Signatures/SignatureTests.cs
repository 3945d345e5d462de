using System.Security.Cryptography;
using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Signatures;
using Kyzmat.Recruitment.Tests.Applications;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Tests.Signatures;

public sealed class SignatureTests
{
    private static readonly Guid Aigul = Guid.NewGuid();
    private static readonly Guid Bakyt = Guid.NewGuid();

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Sign_ThenVerify_AcceptsTheDocumentAndRefusesAnAlteredOne(DatabaseProvider provider)
    {
        await using var room = await RecruitmentRoom.StartAsync(provider);
        var pdf = ApplicationDocumentRenderer.Render(ApplicationDocumentRendererTests.Content("ky"));
        var hash = SHA256.HashData(pdf);

        var signature = await room.InScopeAsync(s => s.GetRequiredService<ISignatureProvider>().SignAsync(Aigul, hash, default));
        var altered = (byte[])pdf.Clone();
        altered[altered.Length / 2] ^= 0x01;

        Assert.True(await room.InScopeAsync(s => s.GetRequiredService<ISignatureProvider>().VerifyAsync(Aigul, hash, signature, default)));
        Assert.False(await room.InScopeAsync(s => s.GetRequiredService<ISignatureProvider>().VerifyAsync(Aigul, SHA256.HashData(altered), signature, default)));
    }

    [Fact]
    public async Task Verify_SignatureMadeWithAnotherCitizensKey_IsRefused()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);
        var hash = SHA256.HashData("the same document"u8);
        await room.InScopeAsync(s => s.GetRequiredService<ISignatureProvider>().SignAsync(Aigul, hash, default));

        var bakytsSignature = await room.InScopeAsync(s => s.GetRequiredService<ISignatureProvider>().SignAsync(Bakyt, hash, default));

        Assert.False(await room.InScopeAsync(s => s.GetRequiredService<ISignatureProvider>().VerifyAsync(Aigul, hash, bakytsSignature, default)));
    }

    [Fact]
    public async Task SigningKey_IsStoredWithItsPrivateHalfProtected()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);
        await room.InScopeAsync(s => s.GetRequiredService<ISignatureProvider>().SignAsync(Aigul, new byte[32], default));

        var key = await room.InScopeAsync(s => s.GetRequiredService<KyzmatDbContext>().SigningKeys.SingleAsync());

        using var ecdsa = ECDsa.Create();
        Assert.ThrowsAny<CryptographicException>(() => ecdsa.ImportPkcs8PrivateKey(key.ProtectedPrivateKey, out _));
        ecdsa.ImportSubjectPublicKeyInfo(key.PublicKey, out _);
        Assert.Equal(256, ecdsa.KeySize);
    }

    [Fact]
    public async Task Stamp_AddsVisibleBlockWithMaskedPinAndHash()
    {
        var pdf = ApplicationDocumentRenderer.Render(ApplicationDocumentRendererTests.Content("ky"));
        var hash = Convert.ToHexStringLower(SHA256.HashData(pdf));

        var signed = SignatureStamp.Apply(pdf, "ky", "Өмүрбекова Айгүл", "22403199012345", new DateTimeOffset(2026, 11, 25, 6, 30, 0, TimeSpan.Zero), hash);

        var text = await PdfText.ExtractAsync(signed);
        Assert.Contains("Электрондук кол тамга менен кол коюлду", text, StringComparison.Ordinal);
        Assert.Contains("224*******2345", text, StringComparison.Ordinal);
        Assert.DoesNotContain("22403199012345 ", text.Split("Кол коюучу")[1], StringComparison.Ordinal);
        Assert.Contains(hash, text, StringComparison.Ordinal);
        Assert.Contains("25.11.2026 12:30:00", text, StringComparison.Ordinal);
    }
}
