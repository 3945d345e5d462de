using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Identity.Pages;

/// <summary>HTML forms with an anti-forgery token, and their validation.</summary>
internal static class Forms
{
    public static string Post(HttpContext context, string action, string inner, string? label = null)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return new StringBuilder()
            .Append("<form method=\"post\" action=\"").Append(PageLayout.E(action)).Append('"')
            .Append(label is null ? "" : $" aria-label=\"{PageLayout.E(label)}\"").Append('>')
            .Append("<input type=\"hidden\" name=\"").Append(PageLayout.E(tokens.FormFieldName)).Append("\" value=\"")
            .Append(PageLayout.E(tokens.RequestToken)).Append("\">")
            .Append(inner).Append("</form>").ToString();
    }

    public static string Field(string name, string label, string type, string? value, string? hint, bool invalid, string attributes = "")
    {
        var hintId = name + "-hint";
        return new StringBuilder()
            .Append("<label for=\"").Append(name).Append("\">").Append(PageLayout.E(label)).Append("</label>")
            .Append(hint is null ? "" : $"<p class=\"hint\" id=\"{hintId}\">{PageLayout.E(hint)}</p>")
            .Append("<input id=\"").Append(name).Append("\" name=\"").Append(name).Append("\" type=\"").Append(type).Append('"')
            .Append(value is null ? "" : $" value=\"{PageLayout.E(value)}\"")
            .Append(invalid ? " aria-invalid=\"true\" aria-describedby=\"error\"" : hint is null ? "" : $" aria-describedby=\"{hintId}\"")
            .Append(" required ").Append(attributes).Append('>').ToString();
    }

    public static string Button(string text, string? name = null, string? value = null, bool secondary = false) =>
        $"<button type=\"submit\" class=\"button {(secondary ? "button--secondary" : "button--primary")}\"{(name is null ? "" : $" name=\"{name}\" value=\"{PageLayout.E(value)}\"")}>{PageLayout.E(text)}</button>";

    /// <summary>The posted form, or null when the anti-forgery token is missing or wrong.</summary>
    public static async Task<IFormCollection?> ReadAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return null;
        }

        return await context.Request.ReadFormAsync(context.RequestAborted);
    }
}
