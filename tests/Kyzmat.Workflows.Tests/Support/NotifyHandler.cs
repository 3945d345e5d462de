using System.Text.Json.Nodes;
using Kyzmat.Workflows.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Tests.Support;

/// <summary>A "notify" handler that writes a domain row, then fails while <see cref="FailuresLeft"/> is positive.</summary>
public sealed class NotifyHandler : IServiceTaskHandler
{
    private static int _failuresLeft;
    private static int _calls;

    public static int FailuresLeft
    {
        get => Volatile.Read(ref _failuresLeft);
        set => Volatile.Write(ref _failuresLeft, value);
    }

    public static int Calls => Volatile.Read(ref _calls);

    public string Type => "notify";

    public Task<ServiceTaskResult> ExecuteAsync(ServiceTaskContext context, CancellationToken ct)
    {
        Interlocked.Increment(ref _calls);
        var db = context.Services.GetRequiredService<TestDbContext>();
        db.Notes.Add(new DomainNote { Id = Guid.NewGuid(), Text = $"{context.Variables["greeting"]} via {context.Headers["channel"]} (attempt {context.Attempt})" });
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("The mail server is down.");
        }

        return Task.FromResult(ServiceTaskResult.Complete(new JsonObject { ["messageId"] = "m-" + context.Attempt, ["ignored"] = 1 }));
    }
}
