using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Persistence.Providers;

public sealed class PostgreSqlKyzmatDbContext(DbContextOptions<PostgreSqlKyzmatDbContext> options) : KyzmatDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
