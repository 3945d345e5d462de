using System.Text.Json.Nodes;
using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>
/// Tasks for the task-list tests without the manual's signing steps: an application row written directly, and a small
/// process whose user task takes its candidate groups and users, dates and priority from the variables (FEEL), as an
/// administrator's added step would.
/// </summary>
public static class TaskLists
{
    public const string ProcessKey = "task-list-check";

    /// <param name="extensions">More extension elements of the task (its listeners, say).</param>
    public static string Process(string key = ProcessKey, string extensions = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_{key}" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="{key}" name="Task list check" isExecutable="true">
            <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Check" />
            <bpmn:userTask id="Check" name="Коопсуздук кызматынын текшерүүсү">
              <bpmn:extensionElements>
                <zeebe:assignmentDefinition candidateGroups="=groups" candidateUsers="=users" />
                <zeebe:taskSchedule dueDate="=due" followUpDate="=followUp" />
                <zeebe:priorityDefinition priority="=priority" />
                <zeebe:userTask />
                {extensions}
              </bpmn:extensionElements>
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Check" targetRef="End" />
            <bpmn:endEvent id="End"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """;

    public static async Task DeployAsync(Competition competition, params string[] keys)
    {
        await using var scope = competition.Host.Services.CreateAsyncScope();
        foreach (var key in keys.DefaultIfEmpty(ProcessKey))
        {
            await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>().DeployAsync(Process(key));
        }
    }

    /// <summary>An application of Nurlan's to a new vacancy of the body, written directly (no signing).</summary>
    public static async Task<Guid> ApplicationAsync(Competition competition, string bodyCode)
    {
        var (vacancyId, _) = await competition.NewVacancyAsync(bodyCode: bodyCode);
        await using var db = competition.Host.NewDbContext();
        var nurlan = await db.Citizens.SingleAsync(c => c.Pin == DemoAccounts.CitizenPin);
        var vacancy = await db.Vacancies.SingleAsync(v => v.Id == Guid.Parse(vacancyId));
        var application = new Application
        {
            Number = "AR-T" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant(),
            CitizenId = nurlan.Id,
            VacancyId = vacancy.Id,
            StateBodyId = vacancy.StateBodyId,
            Language = "ky",
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return application.Id;
    }

    /// <summary>Starts the process for the application; the task's id.</summary>
    public static async Task<string> TaskAsync(
        Competition competition, Guid applicationId, string[]? groups = null, string[]? users = null,
        DateTimeOffset? due = null, DateTimeOffset? followUp = null, int priority = 50, string processKey = ProcessKey)
    {
        await using var scope = competition.Host.Services.CreateAsyncScope();
        var variables = new JsonObject
        {
            ["groups"] = new JsonArray([.. (groups ?? []).Select(g => (JsonNode?)g)]),
            ["users"] = new JsonArray([.. (users ?? []).Select(u => (JsonNode?)u)]),
            ["due"] = due?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["followUp"] = followUp?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["priority"] = priority,
        };
        var instance = await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>().StartByKeyAsync(processKey, applicationId.ToString(), variables);
        var task = Assert.Single((await scope.ServiceProvider.GetRequiredService<IUserTaskService>().QueryAsync(new UserTaskQuery { InstanceId = instance.Id })).Items);
        return task.Id.ToString();
    }

    /// <summary>Gives the citizen with the PIN a role (read from the grants at every call, so it holds at once).</summary>
    public static async Task<Guid> GrantAsync(Competition competition, string pin, string role, string bodyCode)
    {
        await using var db = competition.Host.NewDbContext();
        var citizen = await db.Citizens.SingleAsync(c => c.Pin == pin);
        var body = await db.StateBodies.SingleAsync(b => b.Code == bodyCode);
        db.RoleGrants.Add(new RoleGrant { CitizenId = citizen.Id, Role = role, StateBodyId = body.Id, GrantedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        return citizen.Id;
    }

    public static Task<Guid> CitizenIdAsync(Competition competition, string pin) =>
        competition.Host.QueryAsync(db => db.Citizens.Where(c => c.Pin == pin).Select(c => c.Id).SingleAsync());

    /// <summary>The code of the state body whose reviewer <see cref="Competition.OtherHr"/> is.</summary>
    public static Task<string> OtherBodyCodeAsync(Competition competition)
    {
        var pin = DemoAccounts.HrPinOfBody(2);
        return competition.Host.QueryAsync(db => db.RoleGrants
            .Where(g => g.Role == KyzmatRoles.Hr && db.Citizens.Any(c => c.Id == g.CitizenId && c.Pin == pin))
            .Select(g => g.StateBody!.Code).SingleAsync());
    }
}
