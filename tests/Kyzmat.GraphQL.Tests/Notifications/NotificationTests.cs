using Kyzmat.GraphQL.Tests.Applications;
using Kyzmat.Recruitment.Notifications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Kyzmat.GraphQL.Tests.Notifications;

/// <summary>«Билдирмелер»: lifecycle events reach the citizen in the portal and by e-mail, as they chose.</summary>
public sealed class NotificationTests
{
    private const string Inbox = "{ me { unreadNotificationCount notifications(first: 10) { totalCount nodes { id kind title { ky ru } body { ky } link readAt } } } }";

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task LifecycleEvents_ArriveInThePortalAndByEmail_AsTheCitizenChose(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        await Notices.SpeaksAsync(competition, "ky");
        var (vacancyId, officeId) = await competition.NewVacancyAsync();
        var applicationId = await Steps.ApplyAndFileAsync(competition, vacancyId, officeId);

        // Filed: in the portal, and an e-mail in Kyrgyz with a plain-text and an HTML body.
        var filedMail = await NextMailWithSubjectAsync(competition, "Kyzmat: Арызыңыз тапшырылды");
        Assert.Contains($"/cabinet/applications/{applicationId}", filedMail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<h1", filedMail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", filedMail.HtmlBody, StringComparison.OrdinalIgnoreCase);

        // The body's reviewers hear of the new application.
        var hrInbox = (await competition.Hr.QueryAsync(Inbox)).GetProperty("me").GetProperty("notifications").GetProperty("nodes");
        var newApplication = Assert.Single(hrInbox.EnumerateArray());
        Assert.Equal(("HR_TASK", "Жаңы арыз келди"), (newApplication.GetProperty("kind").GetString(), newApplication.GetProperty("title").GetProperty("ky").GetString()));
        Assert.Empty((await competition.OtherHr.QueryAsync(Inbox)).GetProperty("me").GetProperty("notifications").GetProperty("nodes").EnumerateArray());

        // Nurlan turns status e-mails off; HR refuses with a reason: the portal shows it, no e-mail goes.
        await competition.Nurlan.QueryAsync("mutation { setNotificationPreference(kind: APPLICATION_STATUS, channel: EMAIL, enabled: false) { kind } }");
        await Steps.ReviewAsync(competition.Hr, applicationId, admit: false, reason: "Диплом тиркелген эмес.");
        var refused = await WaitForDeliveryAsync(competition, "Арызыңыз четке кагылды", NotificationChannel.Email);
        Assert.Equal((DeliveryState.Skipped, "Turned off by the citizen."), refused);

        var inbox = (await competition.Nurlan.QueryAsync(Inbox)).GetProperty("me");
        Assert.Equal(2, inbox.GetProperty("unreadNotificationCount").GetInt32());
        var nodes = inbox.GetProperty("notifications").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["Арызыңыз четке кагылды", "Арызыңыз тапшырылды"], nodes.Select(n => n.GetProperty("title").GetProperty("ky").GetString()));
        Assert.Contains("Диплом тиркелген эмес.", nodes[0].GetProperty("body").GetProperty("ky").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(competition.Host.Smtp.Messages, m => (m.Subject ?? "").Contains("четке кагылды", StringComparison.Ordinal));

        // Another citizen cannot touch Nurlan's notification; Nurlan marks one, then all, read.
        var first = nodes[0].GetProperty("id").GetString();
        Assert.Equal("NOT_FOUND", (await competition.Aigul.PostAsync("mutation($id: ID!) { markNotificationRead(id: $id) { id } }", new { id = first })).FirstErrorCode);
        await competition.Nurlan.QueryAsync("mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }", new { id = first });
        Assert.Equal(1, (await competition.Nurlan.QueryAsync(Inbox)).GetProperty("me").GetProperty("unreadNotificationCount").GetInt32());
        Assert.Equal(1, (await competition.Nurlan.QueryAsync("mutation { markAllNotificationsRead }")).GetProperty("markAllNotificationsRead").GetInt32());
        Assert.Equal(0, (await competition.Nurlan.QueryAsync(Inbox)).GetProperty("me").GetProperty("unreadNotificationCount").GetInt32());
        Assert.Equal(0, (await competition.Aigul.QueryAsync(Inbox)).GetProperty("me").GetProperty("notifications").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task MailServerDownForAWhile_TheEmailArrivesOnceItIsBack_AndParallelRunsSendItOnce()
    {
        var settings = new Dictionary<string, string?> { ["Kyzmat:Notifications:RetryBaseSeconds"] = "1", ["Kyzmat:Notifications:PollingSeconds"] = "0.5" };
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite, settings);
        var nurlanId = Guid.Parse((await competition.Nurlan.QueryAsync("{ me { id } }")).GetProperty("me").GetProperty("id").GetString()!);
        await Notices.SpeaksAsync(competition, "ru");

        competition.Host.Smtp.Refusing = true;
        await Notices.PublishAsync(competition, nurlanId, "Сынак 1", "Проба 1", NotificationChannel.Email);
        await Notices.WaitUntilAsync(competition, db => db.NotificationDeliveries.AnyAsync(d => d.Channel == NotificationChannel.Email && d.Attempts >= 2 && d.State == DeliveryState.Pending));
        competition.Host.Smtp.Refusing = false;
        await NextMailWithSubjectAsync(competition, "Kyzmat: Проба 1");
        await Notices.WaitUntilAsync(competition, db => db.NotificationDeliveries.AnyAsync(d => d.Channel == NotificationChannel.Email && d.State == DeliveryState.Sent));

        // The same delivery sent by five runs at once (as if the job ran twice, or two hosts): one e-mail.
        var deliveryId = await Notices.PublishAsync(competition, nurlanId, "Сынак 2", "Проба 2", NotificationChannel.Email);
        var runs = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            await using var scope = competition.Host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<NotificationDelivering>().SendAsync(deliveryId, CancellationToken.None);
        }));
        Assert.True(runs.Count(r => r) <= 1);
        await NextMailWithSubjectAsync(competition, "Kyzmat: Проба 2");
        // Sent is final: whichever run claimed the delivery has finished with it, and no other can claim it again.
        await Notices.WaitUntilAsync(competition, db => db.NotificationDeliveries.AnyAsync(d => d.Id == deliveryId && d.State == DeliveryState.Sent));
        Assert.Single(competition.Host.Smtp.Messages, m => m.Subject == "Kyzmat: Проба 2");
        Assert.Single(competition.Host.Smtp.Messages, m => m.Subject == "Kyzmat: Проба 1");
    }

    [Fact]
    public async Task ADeliveryThatGaveUp_IsListedForAdministratorsOnly_AndTheirRetrySendsIt()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Kyzmat:Notifications:RetryBaseSeconds"] = "0.2", ["Kyzmat:Notifications:PollingSeconds"] = "0.5", ["Kyzmat:Notifications:MaxAttempts"] = "2",
        };
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite, settings);
        var nurlanId = Guid.Parse((await competition.Nurlan.QueryAsync("{ me { id } }")).GetProperty("me").GetProperty("id").GetString()!);
        await Notices.SpeaksAsync(competition, "ru");
        var admin = await competition.SignInAdminAsync();
        competition.Host.Smtp.Refusing = true;
        var deliveryId = await Notices.PublishAsync(competition, nurlanId, "Сынак 3", "Проба 3", NotificationChannel.Email);
        await Notices.WaitUntilAsync(competition, db => db.NotificationDeliveries.AnyAsync(d => d.Id == deliveryId && d.State == DeliveryState.Failed));

        const string Failed = "{ failedNotificationDeliveries { id channel state attempts lastError kind } }";
        Assert.Equal("FORBIDDEN", (await competition.Nurlan.PostAsync(Failed)).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await competition.Hr.PostAsync(Failed)).FirstErrorCode);
        var failed = Assert.Single((await admin.QueryAsync(Failed)).GetProperty("failedNotificationDeliveries").EnumerateArray());
        Assert.Equal((deliveryId.ToString(), "EMAIL", 2), (failed.GetProperty("id").GetString(), failed.GetProperty("channel").GetString(), failed.GetProperty("attempts").GetInt32()));
        Assert.StartsWith("SmtpCommandException", failed.GetProperty("lastError").GetString(), StringComparison.Ordinal);

        competition.Host.Smtp.Refusing = false;
        await admin.QueryAsync("mutation($id: ID!) { retryNotificationDelivery(id: $id) { state } }", new { id = deliveryId });
        await NextMailWithSubjectAsync(competition, "Kyzmat: Проба 3");
        Assert.Empty((await admin.QueryAsync(Failed)).GetProperty("failedNotificationDeliveries").EnumerateArray());
        admin.Http.Dispose();
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TheList_PagesNewestFirstByCursor_AndABadCursorIsAClearError(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        var nurlanId = Guid.Parse((await competition.Nurlan.QueryAsync("{ me { id } }")).GetProperty("me").GetProperty("id").GetString()!);
        foreach (var n in new[] { "1", "2", "3", "4", "5" })
        {
            await Notices.PublishAsync(competition, nurlanId, "Сынак " + n, "Проба " + n, NotificationChannel.Email);
        }

        const string Page = "query($after: String) { me { notifications(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { title { ky } } } } }";
        var titles = new List<string>();
        string? after = null;
        do
        {
            var page = (await competition.Nurlan.QueryAsync(Page, new { after })).GetProperty("me").GetProperty("notifications");
            Assert.Equal(5, page.GetProperty("totalCount").GetInt32());
            titles.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetProperty("ky").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(["Сынак 5", "Сынак 4", "Сынак 3", "Сынак 2", "Сынак 1"], titles);
        Assert.Equal("INVALID_CURSOR", (await competition.Nurlan.PostAsync(Page, new { after = "not-a-cursor" })).FirstErrorCode);

        // A text longer than the column (a very long refusal reason) is cut, not a failed change.
        await using (var scope = competition.Host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<NotificationCenter>()
                .Publish(nurlanId, NotificationKind.ApplicationStatus, new("Узун", "Длинное"), new(new string('ы', 3000), new string('ы', 3000)));
            await scope.ServiceProvider.GetRequiredService<KyzmatDbContext>().SaveChangesAsync();
        }

        var cut = await competition.Host.QueryAsync(db => db.Notifications.Where(n => n.Title.Ky == "Узун").Select(n => n.Body.Ky).SingleAsync());
        Assert.Equal(NotificationCenter.MaxBodyLength, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
    }

    private static async Task<MimeMessage> NextMailWithSubjectAsync(Competition competition, string subject)
    {
        try
        {
            while (true)
            {
                var message = await competition.Host.Smtp.NextMessageToAsync(Competition.NurlanEmail, TimeSpan.FromSeconds(60));
                if (message.Subject == subject)
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException)
        {
            var deliveries = await competition.Host.QueryAsync(db => db.NotificationDeliveries
                .Select(d => $"{d.Notification!.Title.Ky} {d.Channel} {d.State} attempts={d.Attempts} {d.LastError}").ToListAsync());
            throw new TimeoutException($"No e-mail «{subject}». Deliveries: [{string.Join("; ", deliveries)}]. Received: [{string.Join("; ", competition.Host.Smtp.Messages.Select(m => m.To + " " + m.Subject))}]");
        }
    }

    private static async Task<(DeliveryState, string?)> WaitForDeliveryAsync(Competition competition, string titleKy, NotificationChannel channel)
    {
        var delivery = await Eventually.WaitForAsync(
            () => competition.Host.QueryAsync(db => db.NotificationDeliveries
                .Where(d => d.Channel == channel && d.Notification!.Title.Ky == titleKy && d.State != DeliveryState.Pending && d.State != DeliveryState.Sending)
                .Select(d => new { d.State, d.LastError }).FirstOrDefaultAsync()),
            done => done is not null,
            $"the {channel} delivery of «{titleKy}» is done");
        return (delivery!.State, delivery.LastError);
    }
}
