using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Applications.Jobs;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Documents;
using Kyzmat.Recruitment.Installation;
using Kyzmat.Recruitment.Mail;
using Kyzmat.Recruitment.Notifications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Persistence.Providers;
using Kyzmat.Recruitment.Profiles;
using Kyzmat.Recruitment.Reserve;
using Kyzmat.Recruitment.Seed;
using Kyzmat.Recruitment.Signatures;
using Kyzmat.Recruitment.Signatures.Pki;
using Kyzmat.Recruitment.TelegramAlerts;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Recruitment.VacancyAlerts;
using Kyzmat.Recruitment.Verification;
using Kyzmat.Workflows;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Forms;
using Kyzmat.Workflows.Tasks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Kyzmat.Recruitment;

public static class RecruitmentServiceCollectionExtensions
{
    /// <summary>
    /// The domain room: the database (provider chosen by configuration), seed data and the domain services.
    /// Throws <see cref="KyzmatConfigurationException"/> when the configuration cannot work.
    /// </summary>
    public static IServiceCollection AddKyzmatRecruitment(this IServiceCollection services, IConfiguration configuration)
    {
        var dataFolder = DataFolder.From(configuration);
        dataFolder.EnsureExists();
        var database = DatabaseSettings.From(configuration, dataFolder.Path);

        services.AddSingleton(dataFolder);
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section));

        AddDbContext(services, database);
        services.AddSingleton<DatabaseInitializer>();
        services.AddOptions<DocumentOptions>().Bind(configuration.GetSection(DocumentOptions.Section));
        AddDocumentStorage(services, configuration, dataFolder);
        services.AddSingleton<GeneratedKeys>();
        services.AddSingleton<HostLeases>();
        services.AddScoped<DocumentUploads>();
        services.AddScoped<OrphanDocumentsJob>();
        services.AddScoped<ProfileEditor>();
        services.AddScoped<ProfileReader>();
        services.AddScoped<SignInHistory.SignInHistoryReader>();
        services.AddScoped<Citizens.RoleAdministration>();
        services.AddDataProtection();
        AddSignatures(services, configuration);
        AddNotifications(services, configuration);
        services.AddScoped<Favourites.Favourites>();
        services.AddSingleton<Vacancies.Search.SearchDataChanges>();
        services.AddSingleton(provider => new Vacancies.Search.SearchCaches(
            provider.GetRequiredService<Vacancies.Search.SearchDataChanges>(), provider.GetRequiredService<TimeProvider>())
        {
            CatalogueEnabled = configuration.GetValue("Kyzmat:Search:Catalogue", true),
        });
        services.AddSingleton<IInterceptor, Vacancies.Search.SearchDataChangeInterceptor>();
        services.AddHostedService<Vacancies.Search.SharedSearchVersion>();
        services.AddScoped<VacancySearch>();
        services.AddScoped<Vacancies.Search.VacancyFacetSearch>();
        services.AddScoped<Vacancies.Search.VacancySuggestions>();
        services.AddScoped<VacancyManagement>();
        services.AddScoped<CompetitionCancellation>();
        services.AddScoped<CompetitionCancellationJob>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoAccountsSeeder>();
        AddMail(services, configuration);
        services.AddOptions<VerificationOptions>().Bind(configuration.GetSection(VerificationOptions.Section));
        services.AddScoped<VerificationCodeService>();
        AddApplications(services, configuration);
        services.AddHealthChecks().AddDbContextCheck<KyzmatDbContext>("database", HealthStatus.Unhealthy, ["ready"]);
        return services;
    }

    private static void AddDocumentStorage(IServiceCollection services, IConfiguration configuration, DataFolder dataFolder)
    {
        var settings = configuration.GetSection(DocumentOptions.Section).Get<DocumentOptions>() ?? new DocumentOptions();
        var root = string.IsNullOrWhiteSpace(settings.FileSystemPath) ? Path.Combine(dataFolder.Path, "files") : settings.FileSystemPath;
        services.AddSingleton<DatabaseDocumentStorage>();
        services.AddSingleton(provider => new FileSystemDocumentStorage(root, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IDocumentStorage>(provider => new DocumentStorage(
            provider.GetRequiredService<DatabaseDocumentStorage>(), provider.GetRequiredService<FileSystemDocumentStorage>(), settings.Store));
    }

    /// <summary>The application lifecycle: the citizen's and HR's operations and the process's service tasks.</summary>
    private static void AddApplications(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApplicationOptions>().Bind(configuration.GetSection(ApplicationOptions.Section));
        RequireReadableHolidays(configuration);
        services.AddScoped<ApplicationSnapshots>();
        services.AddScoped<ApplicationTasks>();
        services.AddScoped<ApplicationJournal>();
        services.AddScoped<CitizenApplications>();
        services.AddScoped<ApplicationSigning>();
        services.AddScoped<ApplicationReader>();
        services.AddScoped<ApplicationSteps>();
        services.AddSingleton<LifecycleAddedSteps>();
        services.AddScoped<ApplicationVerifier>();
        services.AddSingleton<Signatures.Pades.EmbeddedSignatureVerifier>();
        services.TryAddSingleton<PdfNumberReader>();
        services.AddSingleton<PdfCheckGate>();
        services.AddScoped<HrDecisions>();
        services.AddScoped<ReviewerNotices>();
        services.AddScoped<HrInbox>();
        services.AddScoped<HrTaskAssignments>();
        services.AddScoped<HrTaskForms>();
        services.AddScoped<PersonnelReserve>();
        services.AddScoped<ReserveExpiryJob>();
        services.AddHostedService<RecurringJobsScheduler>();
        services.AddSingleton<IUserTaskAuthorizer, HrTaskAuthorizer>();
        services.AddScoped<IFormDocuments, OwnFormDocuments>();
        services.AddServiceTaskHandler<SendSigningCodeHandler>();
        services.AddServiceTaskHandler<CancelUnsignedHandler>();
        services.AddServiceTaskHandler<NotifyOverdueHandler>();
        services.AddSingleton<IDeploymentCheck, LifecycleContract>();
    }

    /// <summary>A mistyped holiday must stop the host at start, not a citizen's signature later.</summary>
    private static void RequireReadableHolidays(IConfiguration configuration)
    {
        try
        {
            _ = (configuration.GetSection(ApplicationOptions.Section).Get<ApplicationOptions>() ?? new ApplicationOptions()).PublicHolidays;
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException)
        {
            throw new KyzmatConfigurationException(
                $"{ApplicationOptions.Section}:YearlyHolidays must be month-days like 03-21 and {ApplicationOptions.Section}:Holidays dates like 2027-03-10.", ex);
        }
    }

    private static void AddNotifications(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.Section));
        services.AddScoped<NotificationCenter>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<NotificationDelivering>();
        services.AddScoped<FailedDeliveries>();
        services.AddScoped<NotificationRetentionJob>();
        services.AddScoped<SavedSearches>();
        services.AddScoped<VacancyAlertJob>();
        services.AddScoped<DeadlineReminderJob>();
        services.AddScoped<INotificationChannel, EmailNotificationChannel>();
        services.AddHostedService<NotificationDispatcher>();
        AddTelegram(services, configuration);
    }

    private static void AddTelegram(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TelegramOptions.Section);
        services.AddOptions<TelegramOptions>().Bind(section);
        services.AddScoped<TelegramLinking>();
        var settings = section.Get<TelegramOptions>() ?? new TelegramOptions();
        if (!settings.Enabled)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(settings.BotUserName)
            || (settings.Mode == TelegramUpdateMode.Webhook && (settings.WebhookBaseUrl is not { IsAbsoluteUri: true } || string.IsNullOrWhiteSpace(settings.WebhookSecret))))
        {
            throw new KyzmatConfigurationException(
                $"{TelegramOptions.Section}:BotToken is set: set {TelegramOptions.Section}:BotUserName too, and in Webhook mode " +
                $"{TelegramOptions.Section}:WebhookBaseUrl (absolute) and {TelegramOptions.Section}:WebhookSecret.");
        }

        services.AddHttpClient(nameof(TelegramOptions));
        services.AddSingleton<ITelegramBotClient>(provider => new TelegramBotClient(
            new TelegramBotClientOptions(settings.BotToken!, string.IsNullOrWhiteSpace(settings.ApiBaseUrl) ? null : settings.ApiBaseUrl),
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(TelegramOptions))));
        services.AddScoped<TelegramUpdates>();
        services.AddScoped<INotificationChannel, TelegramNotificationChannel>();
        services.AddHostedService<TelegramBotHost>();
    }

    private static void AddSignatures(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SignatureOptions.Section);
        services.AddOptions<SignatureOptions>().Bind(section);
        var settings = section.Get<SignatureOptions>() ?? new SignatureOptions();
        services.AddScoped<BuiltInSignatureProvider>();
        services.AddScoped<SignatureProviders>();
        services.AddSingleton(provider => new IssuingAuthority(
            IssuingAuthorityLoader.Load(
                settings.Authority,
                provider.GetRequiredService<GeneratedKeys>(),
                provider.GetRequiredService<DataFolder>(),
                provider.GetService<IHostEnvironment>()?.IsProduction() == true,
                provider.GetRequiredService<TimeProvider>()),
            provider.GetRequiredService<IOptions<NotificationOptions>>().Value.PortalUrl,
            TimeSpan.FromDays(settings.Authority.CertificateDays)));
        services.AddHostedService<IssuingAuthorityStartup>();
        services.AddScoped<CitizenCertificates>();
        services.AddSingleton<SignatureTrustAnchors>();
        services.AddScoped(provider => provider.GetRequiredService<SignatureProviders>().ForSigning);
        var timeStamping = settings.TimeStamping;
        if (timeStamping.Url is { IsAbsoluteUri: false } || timeStamping.TimeoutSeconds <= 0)
        {
            throw new KyzmatConfigurationException(
                $"{SignatureOptions.Section}:TimeStamping:Url must be an absolute URL and {SignatureOptions.Section}:TimeStamping:TimeoutSeconds positive.");
        }

        services.AddHttpClient<Signatures.TimeStamping.SignatureTimeStamper>(http => http.Timeout = TimeSpan.FromSeconds(timeStamping.TimeoutSeconds));
        var cloud = settings.Cloud;
        if (settings.Provider == SignatureProviderKind.Cloud
            && (cloud.BaseUrl is not { IsAbsoluteUri: true } || string.IsNullOrWhiteSpace(cloud.ApiKey) || cloud.TimeoutSeconds <= 0 || string.IsNullOrWhiteSpace(cloud.TrustedCaPath)))
        {
            throw new KyzmatConfigurationException(
                $"{SignatureOptions.Section}:Provider is Cloud: set {SignatureOptions.Section}:Cloud:BaseUrl (an absolute URL), " +
                $"{SignatureOptions.Section}:Cloud:ApiKey, a positive {SignatureOptions.Section}:Cloud:TimeoutSeconds, and " +
                $"{SignatureOptions.Section}:Cloud:TrustedCaPath (the service's CA certificate, which PDF signatures chain to).");
        }

        if (cloud.BaseUrl is { IsAbsoluteUri: true } baseUrl)
        {
            services.AddHttpClient<CloudSignatureProvider>(http =>
            {
                // A trailing slash keeps the base path when the protocol's relative paths are appended.
                http.BaseAddress = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
                http.Timeout = TimeSpan.FromSeconds(cloud.TimeoutSeconds);
                http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", cloud.ApiKey);
            });
        }
    }

    private static void AddMail(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(MailOptions.Section);
        services.AddOptions<MailOptions>().Bind(section);
        services.AddSingleton<OutboxMailSender>();
        var transport = section.GetValue(nameof(MailOptions.Transport), MailTransport.Outbox);
        if (transport == MailTransport.Smtp)
        {
            services.AddSingleton<IMailSender, SmtpMailSender>();
        }
        else
        {
            services.AddSingleton<IMailSender>(provider => provider.GetRequiredService<OutboxMailSender>());
        }

        services.AddTransient<MailDeliveryJob>();
        services.AddSingleton<SecretMailDelivery>();
        services.AddHostedService(provider => provider.GetRequiredService<SecretMailDelivery>());
        services.AddSingleton<BackgroundMailQueue>();
        services.AddSingleton<MailAfterCommit>();
        services.AddSingleton<IInterceptor>(provider => provider.GetRequiredService<MailAfterCommit>());
        services.AddScoped<IMailQueue, TransactionalMailQueue>();
    }

    private static IServiceCollection AddDbContext(IServiceCollection services, DatabaseSettings database)
    {
        // Interceptors registered in the container (diagnostics, tests counting SQL commands) join every context; they
        // are singletons and keep no state across a context's reuse.
        void Configure(IServiceProvider services, DbContextOptionsBuilder options)
        {
            KyzmatDbContextOptions.Configure(options, database);
            options.AddInterceptors(services.GetServices<IInterceptor>());
        }

        // Pooled (decision 0011): building a context's internal services for every request was a fifth of the
        // cheapest API call's CPU. A context is reset (change tracker, transaction, connection) before its reuse.
        return database.Provider switch
        {
            DatabaseProvider.Sqlite => services.AddDbContextPool<KyzmatDbContext, SqliteKyzmatDbContext>(Configure),
            DatabaseProvider.PostgreSql => services.AddDbContextPool<KyzmatDbContext, PostgreSqlKyzmatDbContext>(Configure),
            DatabaseProvider.SqlServer => services.AddDbContextPool<KyzmatDbContext, SqlServerKyzmatDbContext>(Configure),
            _ => throw new KyzmatConfigurationException($"Unknown database provider {database.Provider}."),
        };
    }
}
