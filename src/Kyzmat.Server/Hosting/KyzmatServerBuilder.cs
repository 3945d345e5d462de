using System.Text.Json.Serialization;
using Kyzmat.GraphQL;
using Kyzmat.GraphQL.Applications;
using Kyzmat.GraphQL.Documents;
using Kyzmat.Identity;
using Kyzmat.Recruitment;
using Kyzmat.Server.Feeds;
using Kyzmat.Server.Health;
using Kyzmat.Server.Jobs;
using Kyzmat.Server.Logging;
using Kyzmat.Server.Portal;
using Kyzmat.Server.Telegram;
using Kyzmat.Server.Telemetry;
using Kyzmat.Server.Workflows;

namespace Kyzmat.Server.Hosting;

public static class KyzmatServerBuilder
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Composes the rooms into one host.</summary>
    public static WebApplicationBuilder AddKyzmatServer(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Demonstration data (sandbox accounts, the demo administrator) only where asked for: Development by default,
        // elsewhere when Kyzmat:Seed:DemoData is configured. A default below every configured source.
        if (!builder.Environment.IsDevelopment())
        {
            builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
            {
                InitialData = new Dictionary<string, string?> { ["Kyzmat:Seed:DemoData"] = "false" },
            });
        }

        builder.AddKyzmatLogging();
        builder.Services.AddKyzmatReverseProxy(builder.Configuration, builder.Environment);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddKyzmatRecruitment(builder.Configuration);
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddKyzmatJobs(builder.Configuration);
        builder.Services.AddKyzmatWorkflowEngine(builder.Configuration);
        builder.Services.AddKyzmatIdentity(builder.Configuration, builder.Environment);
        builder.Services.AddKyzmatHealth();
        builder.Services.AddKyzmatGraphQL(builder.Configuration);
        builder.Services.AddKyzmatTelemetry(builder.Configuration);
        return builder;
    }

    public static WebApplication MapKyzmatServer(this WebApplication app)
    {
        app.UseKyzmatReverseProxy();
        app.UseKyzmatSecurityHeaders();
        app.UseKyzmatRequestLogging();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapKyzmatHealth();
        app.MapKyzmatMetrics();
        app.MapKyzmatIdentity();
        app.MapKyzmatJobDashboard();
        app.MapKyzmatGraphQL();
        app.MapVacancyFeed();
        app.MapKyzmatDocuments();
        app.MapKyzmatApplications();
        app.MapTelegramWebhook();
        app.MapKyzmatWebPortal();
        return app;
    }
}
