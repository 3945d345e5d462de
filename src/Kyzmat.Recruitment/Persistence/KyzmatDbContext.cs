using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Documents;
using Kyzmat.Recruitment.Favourites;
using Kyzmat.Recruitment.Notifications;
using Kyzmat.Recruitment.Profiles;
using Kyzmat.Recruitment.Reserve;
using Kyzmat.Recruitment.SignInHistory;
using Kyzmat.Recruitment.Signatures;
using Kyzmat.Recruitment.StateBodies;
using Kyzmat.Recruitment.TelegramAlerts;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Recruitment.Vacancies.Search;
using Kyzmat.Recruitment.VacancyAlerts;
using Kyzmat.Recruitment.Verification;
using Kyzmat.Workflows.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Persistence;

/// <summary>
/// The one database of Kyzmat. Each provider has its own subclass (and so its own migrations):
/// see <c>docs/decisions/0001-database-per-provider-and-migrations.md</c>.
/// </summary>
public abstract class KyzmatDbContext : DbContext, IDataProtectionKeyContext
{
    protected KyzmatDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public abstract DatabaseProvider Provider { get; }

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<StateBody> StateBodies => Set<StateBody>();

    public DbSet<Office> Offices => Set<Office>();

    public DbSet<Vacancy> Vacancies => Set<Vacancy>();

    public DbSet<VacancyAmendment> VacancyAmendments => Set<VacancyAmendment>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationDelivery> NotificationDeliveries => Set<NotificationDelivery>();

    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    public DbSet<TelegramLink> TelegramLinks => Set<TelegramLink>();

    public DbSet<TelegramLinkToken> TelegramLinkTokens => Set<TelegramLinkToken>();

    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();

    public DbSet<DeadlineReminder> DeadlineReminders => Set<DeadlineReminder>();

    public DbSet<StoredDocument> Documents => Set<StoredDocument>();

    public DbSet<DocumentContent> DocumentContents => Set<DocumentContent>();

    public DbSet<CitizenProfile> Profiles => Set<CitizenProfile>();

    public DbSet<Education> Educations => Set<Education>();

    public DbSet<WorkExperience> WorkExperiences => Set<WorkExperience>();

    public DbSet<FavouriteVacancy> Favourites => Set<FavouriteVacancy>();

    public DbSet<CitizenSigningKey> SigningKeys => Set<CitizenSigningKey>();

    public DbSet<Signatures.Pki.CitizenCertificate> CitizenCertificates => Set<Signatures.Pki.CitizenCertificate>();

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<ApplicationEvent> ApplicationEvents => Set<ApplicationEvent>();

    public DbSet<ApplicationPdf> ApplicationPdfs => Set<ApplicationPdf>();

    public DbSet<ReserveEntry> ReserveEntries => Set<ReserveEntry>();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefreshDerivedColumns();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefreshDerivedColumns();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void RefreshDerivedColumns()
    {
        // Entries<T>() would first detect changes across every tracked entity, and SaveChanges does that again right
        // after. Refreshing every tracked vacancy instead is cheap (few are ever tracked) and changes nothing unchanged.
        // A vacancy reached only through another entity's navigation is not tracked yet here: add vacancies with
        // Vacancies.Add, as all code does, or their search text stays empty.
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in ChangeTracker.Entries<Vacancy>())
            {
                if (entry.State != EntityState.Deleted)
                {
                    entry.Entity.RefreshSearchText(StateBodyName(entry.Entity));
                }
            }
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private readonly Dictionary<Guid, LocalizedText?> _stateBodyNames = [];

    /// <summary>The name of the vacancy's state body for its search text: loaded, tracked, or read once per context.</summary>
    private LocalizedText? StateBodyName(Vacancy vacancy)
    {
        if (vacancy.StateBody is { } body)
        {
            return body.Name;
        }

        if (!_stateBodyNames.TryGetValue(vacancy.StateBodyId, out var name))
        {
            name = StateBodies.Local.FirstOrDefault(b => b.Id == vacancy.StateBodyId)?.Name
                ?? StateBodies.AsNoTracking().Where(b => b.Id == vacancy.StateBodyId).Select(b => b.Name).FirstOrDefault();
            _stateBodyNames[vacancy.StateBodyId] = name;
        }

        return name;
    }

    public DbSet<Citizen> Citizens => Set<Citizen>();

    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();

    public DbSet<SandboxCitizen> SandboxCitizens => Set<SandboxCitizen>();

    public DbSet<VerificationCode> VerificationCodes => Set<VerificationCode>();

    public DbSet<SignInAttempt> SignInAttempts => Set<SignInAttempt>();

    /// <summary>Keys generated for an installation without configured ones (everywhere but Production).</summary>
    public DbSet<Installation.GeneratedKey> GeneratedKeys => Set<Installation.GeneratedKey>();

    /// <summary>Which host does a job that only one host at a time may do.</summary>
    public DbSet<Installation.HostLease> HostLeases => Set<Installation.HostLease>();

    /// <summary>ASP.NET Core data-protection keys, shared by every host of the installation.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KyzmatDbContext).Assembly);
        modelBuilder.ApplyWorkflowModel();
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        OpenIddictModel.Configure(modelBuilder);
        PostgreSqlSearchFunctions.Register(modelBuilder);
    }
}
