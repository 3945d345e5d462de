using Kyzmat.Identity.Http;
using Kyzmat.Identity.Pages;
using Kyzmat.Identity.Upstream;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.SignInHistory;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kyzmat.Identity.SignIn;

/// <summary>
/// The manual's first steps: «Жеке кабинетке кирүү» — PIN and «Түндүк» password — «Андан ары» — the choice of
/// «Булуттук электрондук колтамга».
/// </summary>
internal static class PasswordStep
{
    public static IResult Show(HttpContext context, string? returnUrl)
    {
        var language = UiLanguage.Of(context);
        var safe = PendingSignIn.SafeReturnUrl(returnUrl);
        if (!UsesEsi(context))
        {
            return Page(context, language, safe, pin: null, error: null, status: 200);
        }

        // Federation: PIN and password are typed at ЕСИ; here «ИБТ аркылуу кирүү» — «Андан ары».
        var body = $"<p>{PageLayout.E(Texts.Get("method_title", language))}</p>"
            + "<form method=\"get\" action=\"/account/method\">"
            + $"<input type=\"hidden\" name=\"returnUrl\" value=\"{PageLayout.E(safe)}\">"
            + Forms.Button(Texts.Get("next", language)) + "</form>";
        return PageLayout.Html(context, language, Texts.Get("signin_title", language), body);
    }

    private static bool UsesEsi(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<KyzmatIdentityOptions>>().Value.Upstream == UpstreamKind.Esi;

    public static async Task<IResult> SubmitAsync(
        HttpContext context, IUpstreamIdentity upstream, SignInGuard guard, KyzmatDbContext db, TimeProvider clock)
    {
        var language = UiLanguage.Of(context);
        var cancel = context.RequestAborted;
        var form = await Forms.ReadAsync(context);
        var returnUrl = PendingSignIn.SafeReturnUrl(form?["returnUrl"] ?? context.Request.Query["returnUrl"]);
        if (form is null)
        {
            return Page(context, language, returnUrl, null, Texts.Get("err_form", language), 400);
        }

        var typedPin = form["pin"].ToString();
        var problem = PersonalNumber.Check(typedPin, out var pin);
        if (problem != PersonalNumberProblem.None)
        {
            return Page(context, language, returnUrl, typedPin, Texts.Get("err_pin_" + problem, language), 400);
        }

        var password = form["password"].ToString();
        if (password.Length == 0)
        {
            return Page(context, language, returnUrl, pin, Texts.Get("err_password_missing", language), 400);
        }

        if (!upstream.IsAvailable)
        {
            return Page(context, language, returnUrl, pin, Texts.Get("err_unavailable", language), 503);
        }

        if (await guard.LockedUntilAsync(pin, ClientNetwork.LimitKeyOf(context), cancel) is { } until)
        {
            await guard.RecordAsync(context, SignInMethod.Password, SignInOutcome.LockedOut, pin, null, cancel);
            return Page(context, language, returnUrl, pin, Texts.Format("err_locked", language, Texts.Moment(until)), 429);
        }

        var person = await upstream.CheckPasswordAsync(pin, password, cancel);
        var citizen = await db.Citizens.SingleOrDefaultAsync(c => c.Pin == pin, cancel);
        if (person is null)
        {
            await guard.RecordAsync(context, SignInMethod.Password, SignInOutcome.WrongCredentials, pin, citizen?.Id, cancel);
            return Page(context, language, returnUrl, pin, Texts.Get("err_credentials", language), 400);
        }

        citizen ??= db.Citizens.Add(new Citizen
        {
            Pin = pin,
            Surname = person.Surname,
            Name = person.Name,
            Email = person.Email,
            CreatedAt = clock.GetUtcNow(),
            PreferredLanguage = language,
        }).Entity;
        citizen.Surname = person.Surname;
        citizen.Name = person.Name;
        citizen.Patronymic = person.Patronymic;
        citizen.DateOfBirth = person.DateOfBirth;
        citizen.Phone = person.Phone ?? citizen.Phone;
        await db.SaveChangesAsync(cancel);
        await guard.RecordAsync(context, SignInMethod.Password, SignInOutcome.Succeeded, pin, citizen.Id, cancel);
        await new PendingSignIn(citizen.Id, pin, returnUrl).SaveAsync(context);
        return Results.Redirect("/account/method");
    }

    public static async Task<IResult> ShowMethodAsync(HttpContext context)
    {
        var language = UiLanguage.Of(context);
        var body = $"<p>{PageLayout.E(Texts.Get("method_intro", language))}</p>";
        if (UsesEsi(context))
        {
            var returnUrl = PendingSignIn.SafeReturnUrl(context.Request.Query["returnUrl"]);
            body += Forms.Post(context, "/account/esi",
                $"<input type=\"hidden\" name=\"returnUrl\" value=\"{PageLayout.E(returnUrl)}\">"
                + Forms.Button(Texts.Get("cloud_signature", language), "method", "cloud-signature"));
            return PageLayout.Html(context, language, Texts.Get("method_title", language), body);
        }

        if (await PendingSignIn.ReadAsync(context) is null)
        {
            return Expired(context, language);
        }

        body += Forms.Post(context, "/account/method", Forms.Button(Texts.Get("cloud_signature", language), "method", "cloud-signature"));
        return PageLayout.Html(context, language, Texts.Get("method_title", language), body);
    }

    public static async Task<IResult> ChooseMethodAsync(HttpContext context)
    {
        var language = UiLanguage.Of(context);
        if (await Forms.ReadAsync(context) is null || await PendingSignIn.ReadAsync(context) is null)
        {
            return Expired(context, language);
        }

        return Results.Redirect("/account/email");
    }

    public static IResult Expired(HttpContext context, string language) =>
        PageLayout.Html(context, language, Texts.Get("signin_title", language),
            PageLayout.Error(Texts.Get("err_session", language)) + $"<p><a href=\"/account/signin\">{PageLayout.E(Texts.Get("signin_title", language))}</a></p>", 400);

    private static IResult Page(HttpContext context, string language, string returnUrl, string? pin, string? error, int status)
    {
        var pinInvalid = error is not null && pin is not null && !PersonalNumber.IsValid(pin);
        var fields = PageLayout.Error(error)
            + $"<input type=\"hidden\" name=\"returnUrl\" value=\"{PageLayout.E(returnUrl)}\">"
            + Forms.Field("pin", Texts.Get("pin", language), "text", pin, Texts.Get("pin_hint", language), pinInvalid,
                "inputmode=\"numeric\" autocomplete=\"username\" maxlength=\"17\" pattern=\"[0-9 ]*\"")
            + Forms.Field("password", Texts.Get("password", language), "password", null, null, error is not null && !pinInvalid,
                "autocomplete=\"current-password\"")
            + Forms.Button(Texts.Get("next", language));
        return PageLayout.Html(context, language, Texts.Get("signin_title", language), Forms.Post(context, "/account/signin", fields), status);
    }
}
