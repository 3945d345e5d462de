using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Kyzmat.Api.Bench;

/// <summary>
/// Records the SQL commands (text and parameters) the host sends while enabled, through EF Core's diagnostic events,
/// so that the baseline can send exactly those commands with Npgsql. Background pollers' commands are left out.
/// </summary>
internal sealed class CommandCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private static readonly string[] SearchTables = ["vacanc", "state_bodies", "offices", "regions", "to_tsquery"];
    private readonly List<NpgsqlCommand> _commands = [];
    private volatile bool _enabled;

    public IReadOnlyList<NpgsqlCommand> Commands => _commands;

    public static CommandCapture Start()
    {
        var capture = new CommandCapture();
        DiagnosticListener.AllListeners.Subscribe(capture);
        return capture;
    }

    public async Task<IReadOnlyList<NpgsqlCommand>> RecordAsync(Func<Task> request)
    {
        lock (_commands)
        {
            _commands.Clear();
        }

        _enabled = true;
        await request();
        _enabled = false;
        lock (_commands)
        {
            return [.. _commands];
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            value.Subscribe(this);
        }
    }

    private long _compilations;

    /// <summary>How many LINQ queries EF has compiled (its query cache missed) so far, in this process.</summary>
    public long Compilations => Interlocked.Read(ref _compilations);

    private long _searchCommands;

    /// <summary>How many commands on the search's tables the host has sent so far (recorded or not).</summary>
    public long SearchCommands => Interlocked.Read(ref _searchCommands);

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == CoreEventId.QueryCompilationStarting.Name)
        {
            Interlocked.Increment(ref _compilations);
        }

        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData { Command: { } sent }
            && SearchTables.Any(t => sent.CommandText.Contains(t, StringComparison.Ordinal)))
        {
            Interlocked.Increment(ref _searchCommands);
        }

        if (_enabled && value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData { Command: NpgsqlCommand command }
            && SearchTables.Any(t => command.CommandText.Contains(t, StringComparison.Ordinal)))
        {
            lock (_commands)
            {
                _commands.Add(command.Clone());
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    /// <summary>Sends the commands on one pooled connection, reading every row, as one "request" of the baseline.</summary>
    public static async Task ReplayAsync(NpgsqlDataSource dataSource, IReadOnlyList<NpgsqlCommand> commands)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        foreach (var recorded in commands)
        {
            await using var command = recorded.Clone();
            command.Connection = connection;
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            do
            {
                while (await reader.ReadAsync())
                {
                }
            }
            while (await reader.NextResultAsync());
        }
    }
}
