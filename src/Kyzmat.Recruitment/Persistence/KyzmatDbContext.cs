using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.SignInHistory;
using Kyzmat.Recruitment.StateBodies;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Recruitment.Verification;
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

    public DbSet<Citizen> Citizens => Set<Citizen>();

    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();

    public DbSet<SandboxCitizen> SandboxCitizens => Set<SandboxCitizen>();

    public DbSet<VerificationCode> VerificationCodes => Set<VerificationCode>();

    public DbSet<SignInAttempt> SignInAttempts => Set<SignInAttempt>();

    /// <summary>ASP.NET Core data-protection keys, shared by every host of the installation.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KyzmatDbContext).Assembly);
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        OpenIddictModel.Configure(modelBuilder);
    }
}
