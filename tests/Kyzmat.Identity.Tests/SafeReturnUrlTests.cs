using Kyzmat.Identity.SignIn;

namespace Kyzmat.Identity.Tests;

public sealed class SafeReturnUrlTests
{
    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/\r/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("/cabinet\t")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/cabinet\\..\\\\evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("evil.example")]
    [InlineData("")]
    [InlineData(null)]
    public void SafeReturnUrl_NotALocalPath_IsReplacedByTheDonePage(string? url) =>
        Assert.Equal("/account/done", PendingSignIn.SafeReturnUrl(url));

    [Theory]
    [InlineData("/")]
    [InlineData("/connect/authorize?client_id=kyzmat-web&scope=openid%20profile")]
    [InlineData("/%09/evil.example")]
    [InlineData("/cabinet/applications")]
    public void SafeReturnUrl_LocalPath_IsKept(string url) =>
        Assert.Equal(url, PendingSignIn.SafeReturnUrl(url));
}
