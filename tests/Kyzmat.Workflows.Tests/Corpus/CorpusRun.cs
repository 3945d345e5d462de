using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Tests.Corpus;

/// <summary>
/// One corpus diagram deployed on a fresh engine and started with what its starter would give it: every job completed by a worker of
/// its type, the clock moved to each timer, until the instance ends, waits for a person or a message, or stops.
/// </summary>
internal static class CorpusRun
{
    private const int MaxRounds = 40;

    /// <param name="companions">The other diagrams of its project: deployed first, so that the processes it calls are there.</param>
    public static async Task<Outcome> RunAsync(string xml, string? variablesJson, IEnumerable<string>? companions = null)
    {
        var model = Kyzmat.Workflows.Parsing.BpmnParser.Parse(xml).Model!;
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        var models = (companions ?? []).Select(c => Kyzmat.Workflows.Parsing.BpmnParser.Parse(c).Model).OfType<ProcessModel>().Append(model).ToList();
        await using var host = new EngineHost(database, new ManualTimeProvider(), services =>
        {
            var listenerTypes = models.SelectMany(m => m.ExecutionListeners.Concat(m.Elements.Values.SelectMany(e => e.ExecutionListeners.Concat(e.TaskListeners))))
                .Select(l => l.Type);
            foreach (var type in models.SelectMany(m => m.Elements.Values).Select(e => e.TaskType).OfType<string>().Concat(listenerTypes)
                         .Where(t => !FeelExpression.IsExpression(t)).Distinct())
            {
                services.AddSingleton<IServiceTaskHandler>(new CompletingHandler(type));
            }
        });
        // A task linking a Camunda form needs the form deployed first; the corpus keeps no .form files, so an empty one stands in.
        foreach (var form in models.SelectMany(m => m.Elements.Values).Select(e => e.Form).OfType<FormDefinition>().Where(f => f.FormId is not null).Distinct())
        {
            var tag = form.VersionTag is null ? "" : $$""", "versionTag": "{{form.VersionTag}}" """;
            await host.Forms(f => f.DeployAsync($$"""{ "id": "{{form.FormId}}", "type": "default", "components": []{{tag}} }""", form.FormId + ".form"));
        }

        foreach (var companion in companions ?? [])
        {
            if (Kyzmat.Workflows.Parsing.BpmnParser.Parse(companion).IsValid)
            {
                await host.Engine(e => e.DeployAsync(companion, "companion.bpmn"));
            }
        }

        await host.Engine(e => e.DeployAsync(xml, "corpus.bpmn"));
        var variables = variablesJson is null ? null : System.Text.Json.Nodes.JsonNode.Parse(variablesJson)!.AsObject();
        var instance = await StartAsync(host, model, variables);
        for (var round = 0; round < MaxRounds && (await host.InstanceAsync(instance.Id)).State == InstanceStates.Active; round++)
        {
            if (await host.Runner.RunDueJobsAsync() > 0)
            {
                continue;
            }

            var nextTimer = await host.Db(db => db.Set<WorkflowJobRecord>().Where(j => j.Kind != JobKinds.ServiceTask && j.State == JobKinds.Pending)
                .OrderBy(j => j.DueAt).Select(j => (DateTime?)j.DueAt).FirstOrDefaultAsync());
            if (nextTimer is null)
            {
                break;
            }

            var wait = nextTimer.Value - host.Clock.GetUtcNow().UtcDateTime;
            host.Clock.Advance((wait > TimeSpan.Zero ? wait : TimeSpan.Zero) + TimeSpan.FromSeconds(1));
        }

        var after = await host.InstanceAsync(instance.Id);
        var incidents = await host.Engine(e => e.GetIncidentsAsync(instance.Id));
        var tokens = await host.Db(db => db.Set<WorkflowInstanceRecord>().Where(i => i.Id == instance.Id).Select(i => i.TokensJson).SingleAsync());
        return new Outcome(after.State, after.ActiveElements.Select(id => model.Element(id).Kind).ToList(),
            incidents.Where(i => i.State == "Open").Select(i => i.Code).Distinct().ToList(), tokens.Length);
    }

    /// <summary>By the none start event; else by a message or a signal its start event waits for; else when its start timer fires.</summary>
    private static async Task<WorkflowInstanceInfo> StartAsync(EngineHost host, ProcessModel model, System.Text.Json.Nodes.JsonObject? variables)
    {
        if (model.Elements.Values.Any(e => e.Kind == ElementKind.StartEvent && e.ParentId is null))
        {
            return await host.Engine(e => e.StartByKeyAsync(model.Id, null, variables));
        }

        if (model.EventStarts.FirstOrDefault(e => e.Kind == ElementKind.MessageStartEvent) is { } byMessage)
        {
            var result = await host.Engine(e => e.CorrelateMessageAsync(byMessage.MessageName!, "", variables));
            return await host.InstanceAsync(result.InstanceIds.Single());
        }

        if (model.EventStarts.FirstOrDefault(e => e.Kind == ElementKind.SignalStartEvent) is { } bySignal)
        {
            var reached = await host.Engine(e => e.BroadcastSignalAsync(bySignal.SignalName!, variables));
            return await host.InstanceAsync(reached.First());
        }

        var due = await host.Db(db => db.Set<WorkflowJobRecord>().Where(j => j.Kind == JobKinds.TimerStart).MinAsync(j => j.DueAt));
        host.Clock.Advance(due - host.Clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(1));
        await host.Runner.RunDueJobsAsync();
        var id = await host.Db(db => db.Set<WorkflowInstanceRecord>().Where(i => i.DefinitionKey == model.Id).Select(i => i.Id).FirstAsync());
        return await host.InstanceAsync(id);
    }

    internal sealed record Outcome(string State, IReadOnlyList<ElementKind> WaitingAt, IReadOnlyList<string> IncidentCodes, int TokensJsonLength)
    {
        /// <summary>Waiting only where a person or another system must act: a user task, a message or a signal (and the containers and joins around them).</summary>
        public bool WaitsForSomeoneElse => State == InstanceStates.Active && IncidentCodes.Count == 0 && WaitingAt.Count > 0
            && WaitingAt.All(k => k is ElementKind.UserTask or ElementKind.ReceiveTask or ElementKind.MessageCatchEvent or ElementKind.SignalCatchEvent
                or ElementKind.EventBasedGateway or ElementKind.SubProcess or ElementKind.ParallelGateway or ElementKind.InclusiveGateway);

        public override string ToString() => State == InstanceStates.Active
            ? $"waits at {string.Join(", ", WaitingAt.Distinct())}{(IncidentCodes.Count > 0 ? $"; incidents {string.Join(", ", IncidentCodes)}" : "")}"
            : State.ToLowerInvariant();
    }
}
