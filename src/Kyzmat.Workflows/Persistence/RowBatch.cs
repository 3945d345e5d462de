using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kyzmat.Workflows.Persistence;

/// <summary>
/// Statements sent together in as few round trips as the provider allows, each changing a known number of rows: a
/// statement that changes fewer found a row changed or removed by someone else since it was read (its version check
/// failed), and the whole save is refused as EF refuses it.
/// <para>
/// On PostgreSQL the statements go as one <see cref="DbBatch"/> with positional parameters ($1, $2…), which Npgsql sends
/// as they are; named parameters it rewrites in every statement on every execution (two fifths of the strings a step
/// allocated). Elsewhere they are joined into commands of at most 2,000 parameters (SQL Server's limit is 2,100).
/// </para>
/// </summary>
internal sealed class RowBatch : IAsyncDisposable
{
    private const int MaxParameters = 2000;

    private static readonly string[] Named = Enumerable.Range(0, MaxParameters).Select(n => "@w" + n.ToString(CultureInfo.InvariantCulture)).ToArray();
    private static readonly string[] Positional = Enumerable.Range(1, MaxParameters).Select(n => "$" + n.ToString(CultureInfo.InvariantCulture)).ToArray();

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly DbBatch? _batch;
    private readonly DbCommand _parameters;
    private readonly List<(DbCommand Command, int Rows)> _commands = [];
    private readonly List<int> _batchRows = [];
    private readonly StringBuilder _text = new();
    private readonly List<DbParameter> _statementParameters = [];

    // A value already passed in this statement (batch) or command: the instance id, the time and the event types of a
    // step's audit rows, its task's instance and times, repeat many times.
    private readonly Dictionary<(RelationalTypeMapping, object), string> _passed = [];
    private DbCommand? _command;
    private int _rows;

    public RowBatch(DbConnection connection, DbTransaction transaction, bool positional)
    {
        _connection = connection;
        _transaction = transaction;
        if (positional && connection.CanCreateBatch)
        {
            _batch = connection.CreateBatch();
            _batch.Transaction = transaction;
        }

        // The type mappings create parameters through a command; in a batch they are moved to the statement's own.
        _parameters = connection.CreateCommand();
    }

    /// <summary>Begins a statement that takes up to <paramref name="parameters"/> parameters, in a new command if this one is full.</summary>
    public StringBuilder Statement(int parameters)
    {
        if (_batch is null && _command is not null && _command.Parameters.Count + parameters > MaxParameters)
        {
            SealCommand();
        }

        if (_batch is null && _command is null)
        {
            _command = _connection.CreateCommand();
            _command.Transaction = _transaction;
        }

        return _text;
    }

    /// <summary>
    /// The SQL for <paramref name="value"/> of <paramref name="column"/>: a parameter, or NULL written out (a step's rows
    /// have many empty columns, and a parameter object for each was a sixth of what a step allocated).
    /// </summary>
    public string Value(RowPlan.Column column, object? value)
    {
        if (value is null)
        {
            return "NULL";
        }

        if (_passed.TryGetValue((column.Mapping, value), out var passed))
        {
            return passed;
        }

        string name;
        if (_batch is not null)
        {
            _statementParameters.Add(column.Mapping.CreateParameter(_parameters, "", value, column.Property.IsNullable));
            name = Positional[_statementParameters.Count - 1];
        }
        else
        {
            name = Named[_command!.Parameters.Count];
            _command.Parameters.Add(column.Mapping.CreateParameter(_command, name, value, column.Property.IsNullable));
        }

        _passed[(column.Mapping, value)] = name;
        return name;
    }

    /// <summary>Ends the statement begun last, which must change <paramref name="rows"/> rows.</summary>
    public void End(int rows)
    {
        if (_batch is null)
        {
            _text.Append(";\n");
            _rows += rows;
            return;
        }

        var statement = _batch.CreateBatchCommand();
        statement.CommandText = _text.ToString();
        foreach (var parameter in _statementParameters)
        {
            statement.Parameters.Add(parameter);
        }

        _batch.BatchCommands.Add(statement);
        _batchRows.Add(rows);
        _text.Clear();
        _statementParameters.Clear();
        _passed.Clear();
    }

    public async Task ExecuteAsync(CancellationToken ct)
    {
        if (_batch is not null)
        {
            if (_batchRows.Count == 0)
            {
                return;
            }

            await _batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            for (var s = 0; s < _batchRows.Count; s++)
            {
                if (_batch.BatchCommands[s].RecordsAffected != _batchRows[s])
                {
                    throw Conflict();
                }
            }

            return;
        }

        SealCommand();
        foreach (var (command, rows) in _commands)
        {
            if (await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) != rows)
            {
                throw Conflict();
            }
        }
    }

    private static DbUpdateConcurrencyException Conflict() =>
        new("A row the engine changes was changed or removed by another command since it was read.");

    private void SealCommand()
    {
        if (_command is null)
        {
            return;
        }

        _command.CommandText = _text.ToString();
        _commands.Add((_command, _rows));
        _text.Clear();
        _passed.Clear();
        _rows = 0;
        _command = null;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (command, _) in _commands)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        if (_command is not null)
        {
            await _command.DisposeAsync().ConfigureAwait(false);
        }

        if (_batch is not null)
        {
            await _batch.DisposeAsync().ConfigureAwait(false);
        }

        await _parameters.DisposeAsync().ConfigureAwait(false);
    }
}
