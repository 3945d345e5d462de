using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Persistence.Providers;
using Microsoft.EntityFrameworkCore.Design;

namespace Kyzmat.Recruitment.Migrations.PostgreSql;

// Used only by `dotnet ef migrations add` (scripts/add-migration.sh); no database is contacted.
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlKyzmatDbContext>
{
    public PostgreSqlKyzmatDbContext CreateDbContext(string[] args) =>
        (PostgreSqlKyzmatDbContext)KyzmatDbContextOptions.CreateContext(new(DatabaseProvider.PostgreSql, "Host=localhost;Database=kyzmat"));
}
