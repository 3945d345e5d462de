using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kyzmat.Testing.Host;

/// <summary>Counts the SQL commands the host sends, to prove that a request does not query per row.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly List<(Guid Context, string Text)> _commands = [];

    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_commands)
            {
                return [.. _commands.Select(c => c.Text)];
            }
        }
    }

    /// <summary>
    /// The commands of the database context that sent the first command containing <paramref name="sqlFragment"/>:
    /// one request's, without what background pollers (workflow jobs, notifications, Hangfire) sent meanwhile.
    /// </summary>
    public IReadOnlyList<string> CommandsOfTheContextThatRan(string sqlFragment)
    {
        lock (_commands)
        {
            var context = _commands.First(c => c.Text.Contains(sqlFragment, StringComparison.Ordinal)).Context;
            return [.. _commands.Where(c => c.Context == context).Select(c => c.Text)];
        }
    }

    public void Reset()
    {
        lock (_commands)
        {
            _commands.Clear();
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command, CommandEventData eventData)
    {
        lock (_commands)
        {
            _commands.Add((eventData.Context?.ContextId.InstanceId ?? Guid.Empty, command.CommandText));
        }
    }
}
