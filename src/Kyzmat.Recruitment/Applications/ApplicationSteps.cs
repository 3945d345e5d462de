using Kyzmat.Recruitment.Common;
using Kyzmat.Workflows.Tasks;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// The steps administrators added that an application reached, named for the citizen (decision 0107): the task's
/// <c>zeebe:properties</c> <c>kyzmat:name.ru</c> / <c>kyzmat:name.en</c> (and <c>kyzmat:name.ky</c>), else its BPMN name.
/// </summary>
public sealed class ApplicationSteps(IUserTaskService tasks, LifecycleAddedSteps addedSteps)
{
    public const string NameProperty = "kyzmat:name.";

    private readonly Dictionary<Guid, IReadOnlyList<ApplicationStep>> _read = [];

    /// <summary>Oldest first; cancelled ones (a withdrawn application's) left out. Read once per request scope.</summary>
    public async Task<IReadOnlyList<ApplicationStep>> OfAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        if (_read.TryGetValue(applicationId, out var known))
        {
            return known;
        }

        if (!await addedSteps.ExistAsync(cancellationToken))
        {
            return _read[applicationId] = [];
        }

        var reached = await tasks.QueryAsync(new UserTaskQuery { BusinessKey = applicationId.ToString(), State = null, PageSize = 200 }, cancellationToken);
        var steps = new List<ApplicationStep>();
        foreach (var task in reached.Items.Where(IsAdded).OrderBy(t => t.CreatedAt))
        {
            var properties = await tasks.PropertiesOfAsync(task.InstanceId, task.ElementId, cancellationToken);
            steps.Add(new ApplicationStep(NameOf(task.Name, task.ElementId, properties), Utc(task.CreatedAt), task.CompletedAt is { } done ? Utc(done) : null));
        }

        return _read[applicationId] = steps;
    }

    /// <summary>The open added step (the earliest, if several), or null.</summary>
    public async Task<ApplicationStep?> CurrentAsync(Guid applicationId, CancellationToken cancellationToken) =>
        (await OfAsync(applicationId, cancellationToken)).FirstOrDefault(s => s.CompletedAt is null);

    /// <summary>The name of an open task in the three languages; a built-in step's is its BPMN name (the portal names those itself).</summary>
    public async Task<LocalizedText> NameOfAsync(HrTask task, CancellationToken cancellationToken) =>
        (task.Stage ?? "").StartsWith(ApplicationLifecycle.FormKeyPrefix, StringComparison.Ordinal)
            ? new LocalizedText(task.Name, task.Name, task.Name)
            : NameOf(task.Name, task.ElementId, await tasks.PropertiesOfAsync(task.InstanceId, task.ElementId, cancellationToken));

    /// <summary>A task's name in the three languages: its properties, else its BPMN name (else its element id) — decision 0107.</summary>
    public static LocalizedText NameOf(string bpmnName, string elementId, IReadOnlyDictionary<string, string> properties)
    {
        string? In(string language) => properties.TryGetValue(NameProperty + language, out var name) && !string.IsNullOrWhiteSpace(name) ? name.Trim() : null;
        var kyrgyz = In("ky") ?? (string.IsNullOrWhiteSpace(bpmnName) ? elementId : bpmnName);
        return new LocalizedText(kyrgyz, In("ru") ?? kyrgyz, In("en") ?? kyrgyz);
    }

    // The engine keeps UTC times; a provider may read them back without their kind.
    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));

    private static bool IsAdded(UserTaskInfo task) =>
        task.State != UserTaskStates.Cancelled && !(task.FormKey ?? "").StartsWith(ApplicationLifecycle.FormKeyPrefix, StringComparison.Ordinal);
}
