using Xunit;

namespace Kyzmat.Testing.Host.SignIn;

/// <summary>The manual's steps, as a citizen takes them, from the authorization request to tokens.</summary>
public static class SignInDriver
{
    public static async Task<TokenSet> SignInAsync(IdentityTestHost host, Browser browser, string pin, string password, string emailTo, bool giveEmail = false)
    {
        var client = new PortalClient(host, browser);
        var page = await client.StartAsync();
        page = await PasswordAsync(browser, pin, password);
        Assert.True(page.Form("/account/method") is not null, page.Error ?? page.Html);
        page = await browser.SubmitAsync("/account/method", ("method", "cloud-signature"));
        page = giveEmail
            ? await browser.SubmitAsync("/account/email", ("email", emailTo))
            : await browser.SubmitAsync("/account/email");
        Assert.True(page.Form("/account/code") is not null, page.Error ?? page.Html);
        var code = await host.Smtp.NextCodeToAsync(emailTo);
        page = await browser.SubmitAsync("/account/code", ("code", code));
        Assert.True(page.Callback is not null, page.Error ?? page.Html);
        return await client.ExchangeAsync(page.Callback!);
    }

    /// <summary>Opens the sign-in page (if not on it) and submits PIN and password.</summary>
    public static async Task<BrowserPage> PasswordAsync(Browser browser, string pin, string password)
    {
        if (browser.Page.Form("/account/signin") is null)
        {
            await browser.GetAsync("/account/signin");
        }

        return await browser.SubmitAsync("/account/signin", ("pin", pin), ("password", password));
    }

    /// <summary>PIN, password, method and «E-mail аркылуу код алуу»: the page that asks for the code.</summary>
    public static async Task<BrowserPage> UpToCodeAsync(Browser browser, string pin, string password, string? newEmail = null)
    {
        await PasswordAsync(browser, pin, password);
        await browser.SubmitAsync("/account/method", ("method", "cloud-signature"));
        return newEmail is null
            ? await browser.SubmitAsync("/account/email")
            : await browser.SubmitAsync("/account/email", ("email", newEmail));
    }
}
