using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// Whether any deployed version of the application lifecycle has a step an administrator added (a user task without a
/// <c>kyzmat:*</c> form key). Until one has, no application can be at one, and <see cref="ApplicationSteps"/> asks the
/// engine nothing: the citizen's path and «Менин жоопторум» cost no task query per application. Once one has, the
/// answer stays yes. Until then the versions deployed since are read again at most every 30 s (a deploy through another
/// host is seen within that), and at once after a lifecycle with added steps passes this host's deploy check.
/// </summary>
public sealed class LifecycleAddedSteps(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Recheck = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _reading = new(1, 1);
    private volatile bool _exist;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;
    private DateTimeOffset _readEveryTimeUntil = DateTimeOffset.MinValue;
    private int _checkedVersion;

    public static bool Has(ProcessModel lifecycle) =>
        lifecycle.Elements.Values.Any(e => e.Kind == ElementKind.UserTask && !(e.FormKey ?? "").StartsWith(ApplicationLifecycle.FormKeyPrefix, StringComparison.Ordinal));

    /// <summary>
    /// A lifecycle with added steps is being deployed here: for the next 30 s every question reads the versions again
    /// (the deploy commits after its check), so that this host answers yes as soon as the version is saved.
    /// </summary>
    public void MayHaveChanged() => _readEveryTimeUntil = clock.GetUtcNow() + Recheck;

    public async Task<bool> ExistAsync(CancellationToken cancellationToken)
    {
        if (_exist || (clock.GetUtcNow() - _checkedAt < Recheck && clock.GetUtcNow() >= _readEveryTimeUntil))
        {
            return _exist;
        }

        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (!_exist)
            {
                await ReadNewVersionsAsync(cancellationToken);
            }

            return _exist;
        }
        finally
        {
            _reading.Release();
        }
    }

    private async Task ReadNewVersionsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        var versions = await db.Set<WorkflowDefinitionRecord>().AsNoTracking()
            .Where(d => d.Key == ApplicationLifecycle.ProcessKey && d.Version > _checkedVersion)
            .Select(d => new { d.Version, d.Xml }).ToListAsync(cancellationToken);
        foreach (var version in versions.OrderBy(v => v.Version))
        {
            if (BpmnParser.Parse(version.Xml, ApplicationLifecycle.ProcessKey).Model is { } model && Has(model))
            {
                _exist = true;
            }

            _checkedVersion = version.Version;
        }

        _checkedAt = now;
    }
}
