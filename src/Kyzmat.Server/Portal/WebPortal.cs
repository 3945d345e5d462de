using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Kyzmat.Server.Portal;

/// <summary>
/// Serves the built web portal (web/dist, copied by the build into the output's <c>portal</c> folder) at
/// <c>/</c>: its files, and index.html for the portal's own routes (SPA fallback). Paths of the API, the
/// identity server and the dashboards are never answered with the portal. See decision 0300.
/// </summary>
public static class WebPortal
{
    /// <summary>Path prefixes that belong to the server, never to the portal's client-side routes.</summary>
    public static readonly string[] ServerPaths =
        ["/graphql", "/api", "/health", "/hangfire", "/connect", "/account", "/.well-known", "/dev"];

    private const string FolderKey = "Kyzmat:Portal:Path";

    /// <summary>The folder holding the built portal: <c>Kyzmat:Portal:Path</c>, or <c>portal</c> beside the host's assembly.</summary>
    public static string Folder(IConfiguration configuration)
    {
        var configured = configuration[FolderKey];
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, "portal")
            : Path.GetFullPath(configured);
    }

    public static WebApplication MapKyzmatWebPortal(this WebApplication app)
    {
        var folder = Folder(app.Configuration);
        var index = Path.Combine(folder, "index.html");
        if (!File.Exists(index))
        {
            app.Logger.LogWarning("The web portal is not built ({Index} is missing); / answers with plain text", index);
            app.MapGet("/", () => Results.Text("Kyzmat (the web portal is not built)", "text/plain; charset=utf-8"))
                .ExcludeFromDescription();
            return app;
        }

        var files = new PhysicalFileProvider(folder);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal)
                    ? "public, max-age=31536000, immutable" // file names carry a content hash
                    : "no-cache",
        });

        app.MapMethods("/{**path:nonfile}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context) => ServeIndex(context, files))
            .WithOrder(int.MaxValue)
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>Whether a path is one of the portal's client-side routes (answered with index.html).</summary>
    public static bool IsPortalRoute(PathString path)
    {
        if (ServerPaths.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // A missing file (a stale /assets/….js, /robots.txt) is a 404, not the portal's page.
        var last = path.Value?[(path.Value.LastIndexOf('/') + 1)..] ?? "";
        return !last.Contains('.', StringComparison.Ordinal);
    }

    private static IResult ServeIndex(HttpContext context, IFileProvider files)
    {
        if (!IsPortalRoute(context.Request.Path))
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return Results.Stream(files.GetFileInfo("index.html").CreateReadStream(), "text/html; charset=utf-8");
    }
}
