using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Persistence.Providers;
using Microsoft.EntityFrameworkCore.Design;

namespace Kyzmat.Recruitment.Migrations.SqlServer;

// Used only by `dotnet ef migrations add` (scripts/add-migration.sh); no database is contacted.
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SqlServerKyzmatDbContext>
{
    public SqlServerKyzmatDbContext CreateDbContext(string[] args) =>
        (SqlServerKyzmatDbContext)KyzmatDbContextOptions.CreateContext(new(DatabaseProvider.SqlServer, "Server=localhost;Database=kyzmat;TrustServerCertificate=true"));
}
