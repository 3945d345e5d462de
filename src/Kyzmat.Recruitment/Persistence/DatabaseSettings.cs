using Microsoft.Extensions.Configuration;

namespace Kyzmat.Recruitment.Persistence;

/// <summary>
/// Which database Kyzmat uses: <c>Database:Provider</c> (Sqlite | PostgreSql | SqlServer) and
/// <c>ConnectionStrings:Kyzmat</c>. SQLite without a connection string is a file in the data folder.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringName = "Kyzmat";

    public static DatabaseSettings From(IConfiguration configuration, string dataPath)
    {
        var providerName = configuration[ProviderKey];
        var provider = ParseProvider(providerName);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(dataPath, "kyzmat.db")}"
                : throw new KyzmatConfigurationException(
                    $"{ProviderKey} is {provider}, but ConnectionStrings:{ConnectionStringName} " +
                    $"(environment ConnectionStrings__{ConnectionStringName}) is not set.");
        }

        return new DatabaseSettings(
            provider, provider == DatabaseProvider.PostgreSql ? PostgreSqlConnectionDefaults.Apply(connectionString) : connectionString);
    }

    public static DatabaseProvider ParseProvider(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(name.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new KyzmatConfigurationException(
                $"{ProviderKey} '{name}' is not a database provider Kyzmat knows. Use Sqlite, PostgreSql or SqlServer.");
    }

    /// <summary>The connection string with any password hidden, for messages and logs.</summary>
    public string DescribeSafely() => $"{Provider} ({ConnectionStringMask.Mask(ConnectionString)})";
}
