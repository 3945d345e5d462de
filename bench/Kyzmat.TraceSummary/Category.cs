namespace Kyzmat.TraceSummary;

/// <summary>A named group of frames: a sample belongs to it when any frame on its stack contains one of the markers.</summary>
internal sealed record Category(string Name, IReadOnlyList<string> Markers)
{
    /// <summary>The split used for the applications bench (its JOURNAL.md).</summary>
    public const string KyzmatDefaults =
        "bench client and SMTP server=Kyzmat.Applications.Bench|Kyzmat.Testing|System.Net.Http.HttpConnection|SmtpServer;" +
        "PDF render and stamp=PdfSharp|SignatureStamp|ApplicationDocumentRenderer;Hangfire=Hangfire;mail sending=MailKit|MimeKit;" +
        "token validation=OpenIddict|IdentityModel|AuthenticationMiddleware;request logging=Serilog;workflow engine=Kyzmat.Workflows;" +
        "recruitment domain=Kyzmat.Recruitment;GraphQL execution=GraphQL.;EF Core (elsewhere)=EntityFrameworkCore;Npgsql=Npgsql;" +
        "Kestrel=Kestrel;GC and runtime threads=start_thread|__clone3;runtime (unresolved)=libcoreclr|libclrjit";

    public bool Matches(List<string> frames) => frames.Exists(f => Markers.Any(m => f.Contains(m, StringComparison.Ordinal)));

    public static IReadOnlyList<Category> Parse(string text) =>
        [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .Select(pair => new Category(pair[0], pair[1].Split('|', StringSplitOptions.RemoveEmptyEntries)))];
}
