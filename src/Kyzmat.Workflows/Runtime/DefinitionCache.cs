using System.Collections.Concurrent;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Runtime;

/// <summary>Parsed models by definition id; deployed definitions never change, so they are cached for the process lifetime.</summary>
internal sealed class DefinitionCache
{
    private readonly ConcurrentDictionary<string, ProcessModel> _models = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Decisions.DecisionGraph> _graphs = new(StringComparer.Ordinal);

    /// <summary>A deployed decision's DRG, parsed once per XML hash (the decisions of one DRG share it).</summary>
    public Decisions.DecisionGraph GraphOf(WorkflowDecisionRecord record) =>
        _graphs.TryGetValue(record.Hash, out var graph) ? graph : _graphs.GetOrAdd(record.Hash, ParseGraph(record));

    public static Decisions.DecisionGraph ParseGraph(WorkflowDecisionRecord record)
    {
        var result = Decisions.DmnParser.Parse(record.Xml);
        return result.IsValid
            ? result.Graph!
            : throw new WorkflowException(WorkflowErrorCodes.DefinitionInvalid, $"The stored decision '{record.Id}' no longer parses.", result.Findings);
    }

    public async Task<ProcessModel> GetAsync(DbContext db, string definitionId, CancellationToken ct)
    {
        if (_models.TryGetValue(definitionId, out var model))
        {
            return model;
        }

        var record = await db.Set<WorkflowDefinitionRecord>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == definitionId, ct).ConfigureAwait(false)
            ?? throw new WorkflowException(WorkflowErrorCodes.DefinitionNotFound, $"The definition '{definitionId}' does not exist.");
        return Add(record);
    }

    public ProcessModel Add(WorkflowDefinitionRecord record)
    {
        var result = BpmnParser.Parse(record.Xml, record.Key);
        if (result.Model is null)
        {
            throw new WorkflowException(WorkflowErrorCodes.DefinitionInvalid, $"The stored definition '{record.Id}' no longer parses.", result.Findings);
        }

        return _models.GetOrAdd(record.Id, result.Model);
    }
}
