using Npgsql;

namespace Kyzmat.Recruitment.Persistence;

/// <summary>
/// Settings Kyzmat adds to a PostgreSQL connection string unless it sets them itself. Automatic preparation keeps the
/// statements a connection runs again and again (every step of an application runs the same few dozen) prepared on
/// the server, so PostgreSQL parses and plans each once per connection instead of once per execution.
/// <para>
/// No reset on close: Npgsql otherwise resets a pooled connection that holds prepared statements with seven
/// statements (RESET ALL, CLOSE ALL, UNLISTEN *, pg_advisory_unlock_all(), …) parsed anew each time, before the next
/// command of every query that is not inside a transaction. Kyzmat and Hangfire's storage set no session state (no
/// session SET, LISTEN, advisory lock or temporary table), so there is nothing to reset; an open transaction is still
/// rolled back when a connection returns to the pool. Code that starts to set session state must reset it itself or
/// the operator sets <c>No Reset On Close=false</c>.
/// </para>
/// </summary>
public static class PostgreSqlConnectionDefaults
{
    public const int MaxAutoPrepare = 256;
    public const int AutoPrepareMinUsages = 2;

    public static string Apply(string connectionString)
    {
        var setsMaximum = Mentions(connectionString, "Max Auto Prepare", "MaxAutoPrepare");
        var setsMinimum = Mentions(connectionString, "Auto Prepare Min Usages", "AutoPrepareMinUsages");
        var setsReset = Mentions(connectionString, "No Reset On Close", "NoResetOnClose");
        if (setsMaximum && setsMinimum && setsReset)
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

        if (!setsReset)
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, params string[] keys) =>
        keys.Any(key => connectionString.Contains(key, StringComparison.OrdinalIgnoreCase));
}
