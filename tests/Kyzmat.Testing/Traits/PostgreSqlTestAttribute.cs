using Xunit.Sdk;

namespace Kyzmat.Testing.Traits;

/// <summary>
/// The test may need a PostgreSQL server (the private cluster <see cref="Databases.PostgresServer"/> starts, or the one
/// named by <c>KYZMAT_TEST_POSTGRES</c>): trait <c>Category=PostgreSql</c>. A theory with PostgreSQL among its
/// providers carries it as a whole, its SQLite rows too.
/// </summary>
[TraitDiscoverer(CategoryDiscoverer.TypeName, CategoryDiscoverer.AssemblyName)]
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PostgreSqlTestAttribute() : CategoryAttribute(Category)
{
    public const string Category = "PostgreSql";
}
