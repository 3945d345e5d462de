using System.Text.Json;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>The task list (decision 0106): who sees which task, claiming, giving back and assigning, filters, order, pages.</summary>
public sealed class TaskListTests
{
    private const string List = """
        query($f: HrTaskFilterInput, $s: HrTaskSort, $first: Int, $after: String) {
          hrTasks(filter: $f, sort: $s, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor }
            nodes { id processKey priority dueAt followUpAt claimedBy canAssign application { id } }
          }
        }
        """;

    private const string Claim = "mutation($t: ID!) { claimTask(taskId: $t) }";
    private const string Unclaim = "mutation($t: ID!) { unclaimTask(taskId: $t) }";
    private const string Assign = "mutation($t: ID!, $a: ID!) { assignTask(taskId: $t, assigneeId: $a) }";
    private const string Complete = "mutation($t: ID!) { completeTaskForm(taskId: $t, data: \"{}\") }";

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TwoStateBodies_EachReviewerSeesOnlyTheirBodysTasks_AndCannotClaimAssignOrCompleteTheOthers(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        await TaskLists.DeployAsync(competition);
        var other = await TaskLists.OtherBodyCodeAsync(competition);
        var minfinTask = await TaskLists.TaskAsync(competition, await TaskLists.ApplicationAsync(competition, "minfin"), groups: ["hr:minfin"]);
        var otherTask = await TaskLists.TaskAsync(competition, await TaskLists.ApplicationAsync(competition, other), groups: ["hr:" + other]);
        // Aigul, a citizen without any grant, is named by PIN as a candidate user of one task.
        var aigulTask = await TaskLists.TaskAsync(competition, await TaskLists.ApplicationAsync(competition, "minfin"), users: [DemoAccounts.NewCitizenPin]);

        Assert.Equal([minfinTask], await IdsAsync(competition.Hr));
        Assert.Equal([otherTask], await IdsAsync(competition.OtherHr));
        Assert.Equal([aigulTask], await IdsAsync(competition.Aigul));
        // Nurlan, the applicant of all three, sees none of them.
        Assert.Empty(await IdsAsync(competition.Nurlan));

        foreach (var (client, foreign) in new[] { (competition.Hr, otherTask), (competition.OtherHr, minfinTask), (competition.Hr, aigulTask), (competition.Aigul, minfinTask) })
        {
            Assert.Equal(JsonValueKind.Null, (await client.QueryAsync("query($id: ID!) { hrTask(id: $id) { id } }", new { id = foreign })).GetProperty("hrTask").ValueKind);
            Assert.Equal("NOT_FOUND", (await client.PostAsync(Claim, new { t = foreign })).FirstErrorCode);
            Assert.Equal("NOT_FOUND", (await client.PostAsync(Unclaim, new { t = foreign })).FirstErrorCode);
            Assert.Equal("NOT_FOUND", (await client.PostAsync(Complete, new { t = foreign })).FirstErrorCode);
            Assert.Equal("NOT_FOUND", (await client.PostAsync(Assign, new { t = foreign, a = Guid.NewGuid() })).FirstErrorCode);
        }

        // Filtering by another body shows nothing of it.
        var otherBodyId = await competition.Host.QueryAsync(db => db.StateBodies.Where(b => b.Code == other).Select(b => b.Id).SingleAsync());
        Assert.Empty(await IdsAsync(competition.Hr, new { stateBodyId = otherBodyId }));

        // The candidate user claims the task offered to her PIN; nobody else's assignee changed.
        Assert.True((await competition.Aigul.QueryAsync(Claim, new { t = aigulTask })).GetProperty("claimTask").GetBoolean());
        Assert.Equal(await AssigneeAsync(competition, aigulTask), (await TaskLists.CitizenIdAsync(competition, DemoAccounts.NewCitizenPin)).ToString());
        Assert.Null(await AssigneeAsync(competition, minfinTask));
        Assert.Null(await AssigneeAsync(competition, otherTask));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TwoReviewersClaimingAtOnce_ExactlyOneWins_TheOtherGetsTaskClaimedByOther(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        await TaskLists.DeployAsync(competition);
        var aigulId = await TaskLists.GrantAsync(competition, DemoAccounts.NewCitizenPin, KyzmatRoles.Hr, "minfin");
        var hrId = await TaskLists.CitizenIdAsync(competition, DemoAccounts.HrPin);
        var applicationId = await TaskLists.ApplicationAsync(competition, "minfin");
        for (var round = 0; round < 5; round++)
        {
            var task = await TaskLists.TaskAsync(competition, applicationId, groups: ["hr:minfin"]);
            var claims = await Task.WhenAll(competition.Hr.PostAsync(Claim, new { t = task }), competition.Aigul.PostAsync(Claim, new { t = task }));

            var winners = claims.Where(c => !c.HasErrors).ToList();
            Assert.Single(winners);
            Assert.Equal("TASK_CLAIMED_BY_OTHER", Assert.Single(claims, c => c.HasErrors).FirstErrorCode);
            var winner = claims[0].HasErrors ? aigulId : hrId;
            Assert.Equal(winner.ToString(), await AssigneeAsync(competition, task));
        }
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OnlyTheAssigneeOrALeadGivesATaskBack_AndALeadAssignsOnlyToColleaguesWhoMayActOnIt(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        await TaskLists.DeployAsync(competition);
        var hrId = await TaskLists.CitizenIdAsync(competition, DemoAccounts.HrPin);
        var aigulId = await TaskLists.GrantAsync(competition, DemoAccounts.NewCitizenPin, KyzmatRoles.Hr, "minfin");
        var nurlanId = await TaskLists.CitizenIdAsync(competition, DemoAccounts.CitizenPin);
        var otherHrId = await TaskLists.CitizenIdAsync(competition, DemoAccounts.HrPinOfBody(2));
        var task = await TaskLists.TaskAsync(competition, await TaskLists.ApplicationAsync(competition, "minfin"), groups: ["hr:minfin"]);
        await competition.Hr.QueryAsync(Claim, new { t = task });

        // A colleague of the same body neither takes it back nor assigns it.
        Assert.Equal("FORBIDDEN", (await competition.Aigul.PostAsync(Unclaim, new { t = task })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await competition.Aigul.PostAsync(Assign, new { t = task, a = aigulId })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await competition.Aigul.PostAsync("query($t: ID!) { hrTaskAssignees(taskId: $t) { id } }", new { t = task })).FirstErrorCode);
        Assert.False(Node(await competition.Aigul.QueryAsync(List), task).GetProperty("canAssign").GetBoolean());
        Assert.Equal(hrId.ToString(), await AssigneeAsync(competition, task));

        // As the body's lead she may: to a reviewer of the body, not to another body's nor to the applicant.
        await TaskLists.GrantAsync(competition, DemoAccounts.NewCitizenPin, KyzmatRoles.HrLead, "minfin");
        Assert.True(Node(await competition.Aigul.QueryAsync(List), task).GetProperty("canAssign").GetBoolean());
        var colleagues = (await competition.Aigul.QueryAsync("query($t: ID!) { hrTaskAssignees(taskId: $t) { id name } }", new { t = task }))
            .GetProperty("hrTaskAssignees").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Contains(hrId.ToString(), colleagues);
        Assert.Contains(aigulId.ToString(), colleagues);
        Assert.DoesNotContain(otherHrId.ToString(), colleagues);
        Assert.Equal("TASK_ASSIGNEE_NOT_ELIGIBLE", (await competition.Aigul.PostAsync(Assign, new { t = task, a = otherHrId }, language: "ru")).FirstErrorCode);
        Assert.Equal("TASK_ASSIGNEE_NOT_ELIGIBLE", (await competition.Aigul.PostAsync(Assign, new { t = task, a = nurlanId })).FirstErrorCode);
        Assert.Equal(hrId.ToString(), await AssigneeAsync(competition, task));

        Assert.True((await competition.Aigul.QueryAsync(Assign, new { t = task, a = aigulId })).GetProperty("assignTask").GetBoolean());
        Assert.Equal(aigulId.ToString(), await AssigneeAsync(competition, task));
        // The former assignee can no longer give it back; the lead can.
        Assert.Equal("FORBIDDEN", (await competition.Hr.PostAsync(Unclaim, new { t = task })).FirstErrorCode);
        await competition.Aigul.QueryAsync(Assign, new { t = task, a = hrId });
        Assert.True((await competition.Aigul.QueryAsync(Unclaim, new { t = task })).GetProperty("unclaimTask").GetBoolean());
        Assert.Null(await AssigneeAsync(competition, task));

        // The assignee gives back their own.
        await competition.Hr.QueryAsync(Claim, new { t = task });
        Assert.True((await competition.Hr.QueryAsync(Unclaim, new { t = task })).GetProperty("unclaimTask").GetBoolean());
        Assert.Null(await AssigneeAsync(competition, task));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Filters_Sorts_AndKeysetPages_AreExact(DatabaseProvider provider)
    {
        await using var competition = await Competition.StartAsync(provider);
        await TaskLists.DeployAsync(competition, TaskLists.ProcessKey, "background-check");
        var applicationId = await TaskLists.ApplicationAsync(competition, "minfin");
        var now = DateTimeOffset.UtcNow;
        var group = new[] { "hr:minfin" };
        // Created in this order: a (overdue, low), b (no due date, high), c (due in 2 days, default), d (due tomorrow, high), e (another process).
        var a = await TaskLists.TaskAsync(competition, applicationId, group, due: now.AddDays(-1), followUp: now.AddHours(-2), priority: 10);
        var b = await TaskLists.TaskAsync(competition, applicationId, group, priority: 90);
        var c = await TaskLists.TaskAsync(competition, applicationId, group, due: now.AddDays(2));
        var d = await TaskLists.TaskAsync(competition, applicationId, group, due: now.AddDays(1), priority: 90);
        var e = await TaskLists.TaskAsync(competition, applicationId, group, processKey: "background-check", priority: 70);

        Assert.Equal([a, b, c, d, e], await IdsAsync(competition.Hr));
        // The header's count: the total without a page.
        var count = (await competition.Hr.QueryAsync("{ hrTasks(first: 0) { totalCount nodes { id } } }")).GetProperty("hrTasks");
        Assert.Equal(5, count.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, count.GetProperty("nodes").GetArrayLength());
        Assert.Equal([a, d, c, b, e], await IdsAsync(competition.Hr, sort: "DUE"));
        Assert.Equal([b, d, e, c, a], await IdsAsync(competition.Hr, sort: "PRIORITY"));
        foreach (var sort in new[] { "CREATED", "DUE", "PRIORITY" })
        {
            Assert.Equal(await IdsAsync(competition.Hr, sort: sort), await PagedIdsAsync(competition.Hr, sort, pageSize: 2));
        }

        Assert.Equal([e], await IdsAsync(competition.Hr, new { processKey = "background-check" }));
        Assert.Equal([a], await IdsAsync(competition.Hr, new { overdueOnly = true }));
        Assert.Equal([a, d], await IdsAsync(competition.Hr, new { dueBefore = now.AddHours(36) }));
        await competition.Hr.QueryAsync(Claim, new { t = c });
        Assert.Equal([c], await IdsAsync(competition.Hr, new { mineOnly = true }));
        Assert.Equal([a, b, d, e], await IdsAsync(competition.Hr, new { unassignedOnly = true }));

        var first = Node(await competition.Hr.QueryAsync(List), a);
        Assert.Equal(10, first.GetProperty("priority").GetInt32());
        Assert.Equal(TaskLists.ProcessKey, first.GetProperty("processKey").GetString());
        Assert.Equal(now.AddHours(-2).ToUnixTimeSeconds(), first.GetProperty("followUpAt").GetDateTimeOffset().ToUnixTimeSeconds());

        // A cursor of one order is refused in another, as is a forged one.
        var page = (await competition.Hr.QueryAsync(List, new { s = "DUE", first = 2 })).GetProperty("hrTasks");
        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        Assert.Equal("INVALID_CURSOR", (await competition.Hr.PostAsync(List, new { s = "PRIORITY", first = 2, after = cursor })).FirstErrorCode);
        Assert.Equal("INVALID_CURSOR", (await competition.Hr.PostAsync(List, new { first = 2, after = "bm90IGEgY3Vyc29y" })).FirstErrorCode);
    }

    private static async Task<List<string>> IdsAsync(GraphQLClient client, object? filter = null, string sort = "CREATED") =>
        [.. (await client.QueryAsync(List, new { f = filter, s = sort, first = 100 })).GetProperty("hrTasks").GetProperty("nodes")
            .EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

    private static async Task<List<string>> PagedIdsAsync(GraphQLClient client, string sort, int pageSize)
    {
        var ids = new List<string>();
        string? after = null;
        while (true)
        {
            var page = (await client.QueryAsync(List, new { s = sort, first = pageSize, after })).GetProperty("hrTasks");
            ids.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
            Assert.True(ids.Count <= page.GetProperty("totalCount").GetInt32(), "a page repeated a task");
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                return ids;
            }

            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
    }

    private static JsonElement Node(JsonElement data, string taskId) =>
        data.GetProperty("hrTasks").GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == taskId);

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WithAnAssigningListener_AClaimTakesEffectOnceItHasRun_OrItsDenialReachesTheReviewer(DatabaseProvider provider)
    {
        var vet = new VetClaims();
        await using var competition = await Competition.StartAsync(provider, services: s => s.AddSingleton<IServiceTaskHandler>(vet));
        await using (var scope = competition.Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>().DeployAsync(TaskLists.Process("task-list-vetted",
                """<zeebe:taskListeners><zeebe:taskListener eventType="assigning" type="vet-claim" /></zeebe:taskListeners>"""));
        }

        var hrId = await TaskLists.CitizenIdAsync(competition, DemoAccounts.HrPin);
        var aigulId = await TaskLists.GrantAsync(competition, DemoAccounts.NewCitizenPin, KyzmatRoles.Hr, "minfin");
        vet.Refused = aigulId.ToString();
        var task = await TaskLists.TaskAsync(competition, await TaskLists.ApplicationAsync(competition, "minfin"), groups: ["hr:minfin"], processKey: "task-list-vetted");

        var refused = await competition.Aigul.PostAsync(Claim, new { t = task });
        Assert.Equal("TASK_ASSIGNMENT_DENIED", refused.FirstErrorCode);
        Assert.Null(await AssigneeAsync(competition, task));

        Assert.True((await competition.Hr.QueryAsync(Claim, new { t = task })).GetProperty("claimTask").GetBoolean());
        Assert.Equal(hrId.ToString(), await AssigneeAsync(competition, task));
        Assert.Equal(hrId.ToString(), Node(await competition.Hr.QueryAsync(List), task).GetProperty("claimedBy").GetString());
        Assert.Equal([aigulId.ToString(), hrId.ToString()], vet.Seen);
    }

    /// <summary>An assigning listener that refuses one reviewer's claims.</summary>
    private sealed class VetClaims : IServiceTaskHandler
    {
        public string Type => "vet-claim";

        public string? Refused { get; set; }

        public System.Collections.Concurrent.ConcurrentQueue<string?> Seen { get; } = new();

        public Task<ServiceTaskResult> ExecuteAsync(ServiceTaskContext context, CancellationToken ct)
        {
            Seen.Enqueue(context.UserTask?.Assignee);
            return Task.FromResult(context.UserTask?.Assignee == Refused ? ServiceTaskResult.Deny("on leave") : ServiceTaskResult.Complete());
        }
    }

    private static Task<string?> AssigneeAsync(Competition competition, string taskId) =>
        competition.Host.QueryAsync(db => db.Set<WorkflowUserTaskRecord>().Where(t => t.Id == Guid.Parse(taskId)).Select(t => t.Assignee).SingleAsync());
}
