using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Persistence;

/// <summary>
/// Statements sent together as few commands as the provider allows, each statement changing a known number of rows: a
/// command that changes fewer found a row changed or removed by someone else since it was read (its version check
/// failed), and the whole save is refused as EF refuses it.
/// </summary>
internal sealed class RowBatch : IAsyncDisposable
{
    // SQL Server takes at most 2,100 parameters in a command.
    private const int MaxParameters = 2000;

    private static readonly string[] Names = Enumerable.Range(0, MaxParameters)
        .Select(n => "@w" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly List<(DbCommand Command, int Rows)> _ready = [];
    private readonly StringBuilder _text = new();
    private DbCommand? _command;
    private int _rows;

    public RowBatch(DbConnection connection, DbTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>Begins a statement that takes <paramref name="parameters"/> parameters, in a new command if this one is full.</summary>
    public StringBuilder Statement(int parameters)
    {
        if (_command is not null && _command.Parameters.Count + parameters > MaxParameters)
        {
            Seal();
        }

        if (_command is null)
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

        var name = Names[_command!.Parameters.Count];
        _command.Parameters.Add(column.Mapping.CreateParameter(_command, name, value, column.Property.IsNullable));
        return name;
    }

    /// <summary>Ends the statement begun last, which must change <paramref name="rows"/> rows.</summary>
    public void End(int rows)
    {
        _text.Append(";\n");
        _rows += rows;
    }

    public async Task ExecuteAsync(CancellationToken ct)
    {
        Seal();
        foreach (var (command, rows) in _ready)
        {
            if (await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) != rows)
            {
                throw new DbUpdateConcurrencyException("A row the engine changes was changed or removed by another command since it was read.");
            }
        }
    }

    private void Seal()
    {
        if (_command is null)
        {
            return;
        }

        _command.CommandText = _text.ToString();
        _ready.Add((_command, _rows));
        _text.Clear();
        _rows = 0;
        _command = null;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (command, _) in _ready)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        if (_command is not null)
        {
            await _command.DisposeAsync().ConfigureAwait(false);
        }
    }
}
