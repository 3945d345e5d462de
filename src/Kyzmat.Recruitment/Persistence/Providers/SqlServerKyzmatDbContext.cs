using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Persistence.Providers;

public sealed class SqlServerKyzmatDbContext(DbContextOptions<SqlServerKyzmatDbContext> options) : KyzmatDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
