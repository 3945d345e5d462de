using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Persistence.Providers;
using Microsoft.EntityFrameworkCore.Design;

namespace Kyzmat.Recruitment.Migrations.Sqlite;

// Used only by `dotnet ef migrations add` (scripts/add-migration.sh); no database is contacted.
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SqliteKyzmatDbContext>
{
    public SqliteKyzmatDbContext CreateDbContext(string[] args) =>
        (SqliteKyzmatDbContext)KyzmatDbContextOptions.CreateContext(new(DatabaseProvider.Sqlite, "Data Source=design.db"));
}
