using Microsoft.EntityFrameworkCore.Design;

namespace Kyzmat.Recruitment.Persistence.Providers;

// Used only by `dotnet ef migrations add … --context <Provider>KyzmatDbContext`; no database is contacted.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKyzmatDbContext>
{
    public SqliteKyzmatDbContext CreateDbContext(string[] args) =>
        (SqliteKyzmatDbContext)KyzmatDbContextOptions.CreateContext(new(DatabaseProvider.Sqlite, "Data Source=design.db"));
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlKyzmatDbContext>
{
    public PostgreSqlKyzmatDbContext CreateDbContext(string[] args) =>
        (PostgreSqlKyzmatDbContext)KyzmatDbContextOptions.CreateContext(new(DatabaseProvider.PostgreSql, "Host=localhost;Database=kyzmat"));
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerKyzmatDbContext>
{
    public SqlServerKyzmatDbContext CreateDbContext(string[] args) =>
        (SqlServerKyzmatDbContext)KyzmatDbContextOptions.CreateContext(new(DatabaseProvider.SqlServer, "Server=localhost;Database=kyzmat;TrustServerCertificate=true"));
}
