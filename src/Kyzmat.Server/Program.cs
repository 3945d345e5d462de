using Kyzmat.Recruitment.Persistence;
using Kyzmat.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
try
{
    builder.AddKyzmatServer();
    var app = builder.Build();
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
