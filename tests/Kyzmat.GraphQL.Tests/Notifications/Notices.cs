using Kyzmat.GraphQL.Tests.Applications;
using Kyzmat.Recruitment.Notifications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Notifications;

/// <summary>What the notification tests share: publishing as the domain does, Nurlan's language, waiting on deliveries.</summary>
internal static class Notices
{
    /// <summary>Publishes a notification to the citizen as the domain does; returns its delivery on <paramref name="channel"/>.</summary>
    public static async Task<Guid> PublishAsync(Competition competition, Guid citizenId, string titleKy, string titleRu, NotificationChannel channel)
    {
        await using var scope = competition.Host.Services.CreateAsyncScope();
        var notification = scope.ServiceProvider.GetRequiredService<NotificationCenter>()
            .Publish(citizenId, NotificationKind.Reserve, new(titleKy, titleRu), new("Текст.", "Текст."));
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        await db.SaveChangesAsync();
        return await db.NotificationDeliveries.Where(d => d.NotificationId == notification.Id && d.Channel == channel).Select(d => d.Id).SingleAsync();
    }

    public static Task<Guid> NurlanIdAsync(Competition competition) =>
        competition.Host.QueryAsync(db => db.Citizens.Where(c => c.Email == Competition.NurlanEmail).Select(c => c.Id).SingleAsync());

    /// <summary>Nurlan's chosen language (the sign-in pages set it from the browser's).</summary>
    public static async Task SpeaksAsync(Competition competition, string language)
    {
        await using var db = competition.Host.NewDbContext();
        await db.Citizens.Where(c => c.Email == Competition.NurlanEmail).ExecuteUpdateAsync(s => s.SetProperty(c => c.PreferredLanguage, language));
    }

    public static Task WaitUntilAsync(Competition competition, Func<KyzmatDbContext, Task<bool>> condition) =>
        Eventually.WaitUntilAsync(() => competition.Host.QueryAsync(condition), "the deliveries reach the expected state");
}
