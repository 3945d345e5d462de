using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kyzmat.Testing.Host;

/// <summary>Counts the SQL commands the host sends, to prove that a request does not query per row.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly List<string> _commands = [];

    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }
    }

    /// <summary>
    /// The commands except those of the background pollers (the workflow job runner and Hangfire), which query their
    /// tables on their own schedule and may land in any window a test measures.
    /// </summary>
    public IReadOnlyList<string> CommandsExceptBackgroundPolling =>
        [.. Commands.Where(c => !c.Contains("\"wf_jobs\"", StringComparison.Ordinal) && !c.Contains("hangfire", StringComparison.OrdinalIgnoreCase))];

    public void Reset()
    {
        lock (_commands)
        {
            _commands.Clear();
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        lock (_commands)
        {
            _commands.Add(command.CommandText);
        }
    }
}
