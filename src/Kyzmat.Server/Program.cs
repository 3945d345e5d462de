using Kyzmat.Recruitment.Persistence;
using Kyzmat.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
try
{
    builder.AddKyzmatServer();
    var app = builder.Build();

    // Before anything touches the database (the job dashboard opens its storage when mapped), so that a
    // database that cannot be reached is reported in one plain line. DatabaseStartup does the same for
    // hosts started otherwise, e.g. by tests; it runs once either way.
    await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    app.MapKyzmatServer();
    await app.RunAsync();
    return 0;
}
catch (KyzmatConfigurationException ex)
{
    StartupFailure.Report(ex);
    return 1;
}

/// <summary>The host's entry point; public so that tests can start it (WebApplicationFactory).</summary>
public partial class Program;
