using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Kyzmat.Recruitment.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Kyzmat.Server.Jobs;

/// <summary>Background jobs (Hangfire) stored in Kyzmat's own database, whichever provider it is.</summary>
internal static class KyzmatJobs
{
    public static IServiceCollection AddKyzmatJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobServerOptions>().Bind(configuration.GetSection(JobServerOptions.Section));

        // Hangfire's own registrations hand out its process-wide statics (JobStorage.Current, JobActivator.Current),
        // which the last host configured wins; registered first, these belong to this host's container, so that two
        // hosts in one process (tests) never run jobs with each other's services or storage.
        services.AddSingleton<JobStorage>(provider => CreateStorage(
            provider.GetRequiredService<DatabaseSettings>(), provider.GetRequiredService<IOptions<JobServerOptions>>().Value));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));

        // Our own hosted service rather than AddHangfireServer: the storage (which may create its schema)
        // is touched only after DatabaseStartup has checked the database and migrated it.
        services.AddHostedService<JobServerHost>();
        services.AddHealthChecks().AddCheck<JobStorageHealthCheck>("jobs", tags: ["ready"]);
        return services;
    }

    public static void MapKyzmatJobDashboard(this WebApplication app) =>
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new JobDashboardAccess(app.Configuration.GetValue("Kyzmat:Jobs:DashboardFromLoopback", app.Environment.IsDevelopment()))],
            DashboardTitle = "Kyzmat — background jobs",
            AppPath = "/",
        });

    /// <summary>
    /// The job storage in Kyzmat's database. With several hosts a job fetched by a host that dies reappears after
    /// <see cref="JobServerOptions.InvisibilityTimeout"/>; the living hosts keep theirs fetched by a heartbeat (sliding).
    /// </summary>
    private static JobStorage CreateStorage(DatabaseSettings database, JobServerOptions jobs) => database.Provider switch
    {
        DatabaseProvider.Sqlite => new SQLiteStorage(
            new SqliteConnectionStringBuilder(database.ConnectionString).DataSource,
            new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) }),
        DatabaseProvider.PostgreSql => new PostgreSqlStorage(
            new NpgsqlConnectionFactory(database.ConnectionString, new PostgreSqlStorageOptions()),
            new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire", PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromSeconds(1),
                UseSlidingInvisibilityTimeout = true, InvisibilityTimeout = jobs.InvisibilityTimeout,
            }),
        DatabaseProvider.SqlServer => new SqlServerStorage(
            database.ConnectionString,
            new SqlServerStorageOptions
            {
                SchemaName = "hangfire", PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromSeconds(1),
                SlidingInvisibilityTimeout = jobs.InvisibilityTimeout,
            }),
        _ => throw new KyzmatConfigurationException($"No job storage for {database.Provider}."),
    };
}
