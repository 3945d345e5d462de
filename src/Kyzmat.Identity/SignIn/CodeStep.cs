using System.Net.Mail;
using System.Security.Claims;
using Kyzmat.Identity.Http;
using Kyzmat.Identity.Pages;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.SignInHistory;
using Kyzmat.Recruitment.Verification;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Identity.SignIn;

/// <summary>
/// The manual's last steps: «E-mail аркылуу код алуу» (on the first sign-in, after giving an address), then the
/// «Текшерүү коду» that signs the person in.
/// </summary>
internal static class CodeStep
{
    public static async Task<IResult> ShowEmailAsync(HttpContext context, KyzmatDbContext db) =>
        await Load(context, db) is var (pending, citizen, language) && citizen is not null
            ? EmailPage(context, language, citizen, citizen.Email, null, 200)
            : PasswordStep.Expired(context, UiLanguage.Of(context));

    public static async Task<IResult> SendCodeAsync(HttpContext context, KyzmatDbContext db, VerificationCodeService codes)
    {
        var form = await Forms.ReadAsync(context);
        var (pending, citizen, language) = await Load(context, db);
        if (form is null || pending is null || citizen is null)
        {
            return PasswordStep.Expired(context, language);
        }

        string destination;
        VerificationPurpose purpose;
        if (citizen.EmailConfirmed && !string.IsNullOrEmpty(citizen.Email))
        {
            (destination, purpose) = (citizen.Email, VerificationPurpose.SignIn);
        }
        else
        {
            var typed = form["email"].ToString().Trim();
            if (typed.Length > 254 || !MailAddress.TryCreate(typed, out var address) || address.Address != typed || !address.Host.Contains('.', StringComparison.Ordinal))
            {
                return EmailPage(context, language, citizen, typed, Texts.Get("err_email", language), 400);
            }

            (destination, purpose) = (typed, VerificationPurpose.ConfirmEmail);
        }

        var issue = await codes.IssueAsync(purpose, citizen.Id.ToString(), destination, language, context.RequestAborted);
        if (!issue.Sent)
        {
            var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            var message = issue.Status == CodeIssueStatus.TooSoon
                ? Texts.Format("err_resend_soon", language, (int)Math.Ceiling((issue.RetryAt!.Value - now).TotalSeconds))
                : Texts.Format("err_resend_hour", language, Texts.Moment(issue.RetryAt!.Value));
            return pending.Purpose is null
                ? EmailPage(context, language, citizen, destination, message, 429)
                : CodePage(context, language, pending, message, 429);
        }

        await (pending with { Purpose = purpose.ToString(), Destination = destination }).SaveAsync(context);
        return Results.Redirect("/account/code");
    }

    public static async Task<IResult> ShowCodeAsync(HttpContext context)
    {
        var language = UiLanguage.Of(context);
        var pending = await PendingSignIn.ReadAsync(context);
        return pending?.Purpose is null ? PasswordStep.Expired(context, language) : CodePage(context, language, pending, null, 200);
    }

    public static async Task<IResult> CheckCodeAsync(
        HttpContext context, KyzmatDbContext db, VerificationCodeService codes, SignInGuard guard, TimeProvider clock)
    {
        var cancel = context.RequestAborted;
        var form = await Forms.ReadAsync(context);
        var (pending, citizen, language) = await Load(context, db);
        if (form is null || pending?.Purpose is null || citizen is null || !Enum.TryParse<VerificationPurpose>(pending.Purpose, out var purpose))
        {
            return PasswordStep.Expired(context, language);
        }

        if (await guard.LockedUntilAsync(pending.Pin, ClientNetwork.LimitKeyOf(context), cancel) is { } until)
        {
            await guard.RecordAsync(context, SignInMethod.EmailCode, SignInOutcome.LockedOut, pending.Pin, citizen.Id, cancel);
            return CodePage(context, language, pending, Texts.Format("err_locked", language, Texts.Moment(until)), 429);
        }

        var check = await codes.CheckAsync(purpose, citizen.Id.ToString(), form["code"].ToString(), cancel);
        if (!check.Accepted)
        {
            var outcome = check.Status == CodeCheckStatus.Wrong ? SignInOutcome.WrongCode : SignInOutcome.CodeRejected;
            await guard.RecordAsync(context, SignInMethod.EmailCode, outcome, pending.Pin, citizen.Id, cancel);
            var message = check.Status == CodeCheckStatus.Wrong
                ? Texts.Format("err_code_Wrong", language, check.RemainingAttempts)
                : Texts.Get("err_code_" + check.Status, language);
            return CodePage(context, language, pending, message, 400);
        }

        if (purpose == VerificationPurpose.ConfirmEmail)
        {
            citizen.Email = pending.Destination;
            citizen.EmailConfirmed = true;
        }

        citizen.LastSignInAt = clock.GetUtcNow();
        citizen.PreferredLanguage = language;
        await db.SaveChangesAsync(cancel);
        await guard.RecordAsync(context, SignInMethod.EmailCode, SignInOutcome.Succeeded, pending.Pin, citizen.Id, cancel);
        await context.SignOutAsync(PendingSignIn.Scheme);
        var session = new ClaimsIdentity([new Claim("sub", citizen.Id.ToString()), new Claim("name", citizen.FullName)], KyzmatIdentityDefaults.SessionScheme, "name", "role");
        await context.SignInAsync(KyzmatIdentityDefaults.SessionScheme, new ClaimsPrincipal(session));
        return Results.Redirect(pending.ReturnUrl);
    }

    public static async Task<IResult> DoneAsync(HttpContext context)
    {
        var language = UiLanguage.Of(context);
        var session = await context.AuthenticateAsync(KyzmatIdentityDefaults.SessionScheme);
        return session.Succeeded
            ? PageLayout.Html(context, language, Texts.Get("signin_title", language),
                $"<p class=\"note\" role=\"status\">{PageLayout.E(Texts.Get("signed_in", language))}</p><p>{PageLayout.E(session.Principal.FindFirstValue("name"))}</p>")
            : Results.Redirect("/account/signin");
    }

    private static async Task<(PendingSignIn? Pending, Citizen? Citizen, string Language)> Load(HttpContext context, KyzmatDbContext db)
    {
        var language = UiLanguage.Of(context);
        var pending = await PendingSignIn.ReadAsync(context);
        var citizen = pending is null ? null : await db.Citizens.SingleOrDefaultAsync(c => c.Id == pending.CitizenId, context.RequestAborted);
        return (pending, citizen, language);
    }

    private static IResult EmailPage(HttpContext context, string language, Citizen citizen, string? email, string? error, int status)
    {
        var inner = PageLayout.Error(error);
        if (citizen.EmailConfirmed && !string.IsNullOrEmpty(citizen.Email))
        {
            inner += $"<p>{PageLayout.E(Texts.Format("email_known", language, PendingSignIn.MaskEmail(citizen.Email)))}</p>";
        }
        else
        {
            inner += $"<p>{PageLayout.E(Texts.Get("email_intro", language))}</p>"
                + Forms.Field("email", Texts.Get("email", language), "email", email, null, error is not null, "autocomplete=\"email\" maxlength=\"254\"");
        }

        inner += Forms.Button(Texts.Get("get_code", language));
        return PageLayout.Html(context, language, Texts.Get("email_title", language), Forms.Post(context, "/account/email", inner), status);
    }

    private static IResult CodePage(HttpContext context, string language, PendingSignIn pending, string? error, int status)
    {
        var check = PageLayout.Error(error)
            + $"<p class=\"note\" role=\"status\">{PageLayout.E(Texts.Format("code_sent", language, PendingSignIn.MaskEmail(pending.Destination)))}</p>"
            + Forms.Field("code", Texts.Get("code", language), "text", null, null, error is not null,
                "inputmode=\"numeric\" autocomplete=\"one-time-code\" maxlength=\"6\" pattern=\"[0-9]{6}\"")
            + Forms.Button(Texts.Get("confirm", language));
        var resend = $"<input type=\"hidden\" name=\"email\" value=\"{PageLayout.E(pending.Destination)}\">"
            + Forms.Button(Texts.Get("resend", language), secondary: true);
        return PageLayout.Html(context, language, Texts.Get("code_title", language),
            Forms.Post(context, "/account/code", check) + Forms.Post(context, "/account/email", resend, Texts.Get("resend", language)), status);
    }
}
