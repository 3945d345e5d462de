using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kyzmat.Recruitment.Persistence.Providers;

public sealed class SqliteKyzmatDbContext(DbContextOptions<SqliteKyzmatDbContext> options) : KyzmatDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time type: stored as text, moments could not be compared or ordered in SQL.
        // As a sortable integer they can (and every moment Kyzmat writes is UTC).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        // SQLite compares decimals as text; money is stored as a real number instead.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}
