using Npgsql;

namespace Kyzmat.Recruitment.Persistence;

/// <summary>
/// Settings Kyzmat adds to a PostgreSQL connection string unless it sets them itself. Automatic preparation keeps the
/// statements a connection runs again and again (every step of an application runs the same few dozen) prepared on
/// the server, so PostgreSQL parses and plans each once per connection instead of once per execution.
/// </summary>
public static class PostgreSqlConnectionDefaults
{
    public const int MaxAutoPrepare = 256;
    public const int AutoPrepareMinUsages = 2;

    public static string Apply(string connectionString)
    {
        var setsMaximum = Mentions(connectionString, "Max Auto Prepare", "MaxAutoPrepare");
        var setsMinimum = Mentions(connectionString, "Auto Prepare Min Usages", "AutoPrepareMinUsages");
        if (setsMaximum && setsMinimum)
        {
            return connectionString;
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            // Npgsql's message names the key at fault, never the password.
            throw new KyzmatConfigurationException($"ConnectionStrings:{DatabaseSettings.ConnectionStringName} is not a PostgreSQL connection string: {ex.Message}");
        }

        if (!setsMaximum)
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!setsMinimum)
        {
            builder.AutoPrepareMinUsages = AutoPrepareMinUsages;
        }

        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, params string[] keys) =>
        keys.Any(key => connectionString.Contains(key, StringComparison.OrdinalIgnoreCase));
}
