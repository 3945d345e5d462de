using System.Security.Claims;
using Kyzmat.Identity.Pages;
using Kyzmat.Identity.SignIn;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.SignInHistory;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Client.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Kyzmat.Identity.Upstream;

/// <summary>
/// «ИБТ аркылуу кирүү»: the sign-in goes to ЕСИ (OpenIddict's client), comes back by form_post, and the returned
/// claims make or update the citizen; then, as always, the e-mail code.
/// </summary>
internal static class EsiFederation
{
    public const string ProviderName = "esi";
    public const string CallbackPath = "/account/esi/callback";

    public static IResult Start(HttpContext context, string returnUrl) => Results.Challenge(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictClientAspNetCoreConstants.Properties.ProviderName] = ProviderName,
        })
        { RedirectUri = PendingSignIn.SafeReturnUrl(returnUrl) },
        [OpenIddictClientAspNetCoreDefaults.AuthenticationScheme]);

    public static async Task<IResult> CallbackAsync(
        HttpContext context, KyzmatDbContext db, SignInGuard guard, TimeProvider clock, IOptions<KyzmatIdentityOptions> options)
    {
        var language = UiLanguage.Of(context);
        var cancel = context.RequestAborted;
        var result = await context.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
        var user = result.Principal;
        var pin = user?.FindFirstValue(options.Value.Esi.PinClaim);
        if (!result.Succeeded || user is null || PersonalNumber.Check(pin, out var normalized) != PersonalNumberProblem.None)
        {
            await guard.RecordAsync(context, SignInMethod.Esi, SignInOutcome.WrongCredentials, null, null, cancel);
            return PageLayout.Html(context, language, Texts.Get("method_title", language), PageLayout.Error(Texts.Get("err_unavailable", language)), 502);
        }

        var citizen = await db.Citizens.SingleOrDefaultAsync(c => c.Pin == normalized, cancel);
        citizen ??= db.Citizens.Add(new Citizen
        {
            Pin = normalized,
            Surname = "",
            Name = "",
            Email = user.FindFirstValue(Claims.Email),
            CreatedAt = clock.GetUtcNow(),
            PreferredLanguage = language,
        }).Entity;
        citizen.Surname = user.FindFirstValue(Claims.FamilyName) ?? citizen.Surname;
        citizen.Name = user.FindFirstValue(Claims.GivenName) ?? citizen.Name;
        citizen.Patronymic = user.FindFirstValue(Claims.MiddleName) ?? citizen.Patronymic;
        citizen.DateOfBirth = DateOnly.TryParse(user.FindFirstValue(Claims.Birthdate), System.Globalization.CultureInfo.InvariantCulture, out var born)
            ? born
            : PersonalNumber.DateOfBirth(normalized) ?? citizen.DateOfBirth;
        citizen.Phone = user.FindFirstValue(Claims.PhoneNumber) ?? citizen.Phone;
        await db.SaveChangesAsync(cancel);
        await guard.RecordAsync(context, SignInMethod.Esi, SignInOutcome.Succeeded, normalized, citizen.Id, cancel);
        await new PendingSignIn(citizen.Id, normalized, PendingSignIn.SafeReturnUrl(result.Properties?.RedirectUri)).SaveAsync(context);
        return Results.Redirect("/account/email");
    }
}
