using Serilog;
using Serilog.Events;

namespace Kyzmat.Server.Logging;

internal static class KyzmatLogging
{
    /// <summary>Serilog to the console, levels from the <c>Serilog</c> section, personal data masked.</summary>
    public static void AddKyzmatLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Hangfire", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Enrich.With<PersonalDataMaskingEnricher>()
            .WriteTo.MaskingExceptions(sinks => sinks.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")));
    }

    /// <summary>The sinks configured in <paramref name="configure"/>, behind <see cref="ExceptionMaskingSink"/>.</summary>
    public static LoggerConfiguration MaskingExceptions(this Serilog.Configuration.LoggerSinkConfiguration sinks, Action<Serilog.Configuration.LoggerSinkConfiguration> configure) =>
        sinks.Sink(Serilog.Configuration.LoggerSinkConfiguration.Wrap(inner => new ExceptionMaskingSink(inner), configure));

    public static void UseKyzmatRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
            options.GetLevel = (context, _, error) =>
                error is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/health") ? LogEventLevel.Verbose
                : LogEventLevel.Information);
}
