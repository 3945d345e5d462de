using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>An administrator changes application-lifecycle.bpmn: new applications follow it, filed ones finish on theirs.</summary>
public sealed class ProcessVersionTests
{
    [Fact]
    public async Task ChangedLifecycle_DeploysAsANewVersion_NewApplicationsFollowItAndFiledOnesFinishOnTheirs()
    {
        await using var competition = await Competition.StartAsync(DatabaseProvider.Sqlite);
        var (v1, o1) = await competition.NewVacancyAsync();
        var (v2, o2) = await competition.NewVacancyAsync();
        var before = await Steps.ApplyAndFileAsync(competition, v1, o1);

        var deployed = await DeployWithRegistrationStepAsync(competition);
        var after = await Steps.ApplyAndFileAsync(competition, v2, o2);
        foreach (var application in new[] { before, after })
        {
            await Steps.ReviewAsync(competition.Hr, application, admit: false, reason: "Талапка жооп бербейт");
        }

        var instances = await competition.Host.QueryAsync(db => db.Set<WorkflowInstanceRecord>()
            .Where(i => i.BusinessKey == before || i.BusinessKey == after).ToDictionaryAsync(i => i.BusinessKey!));
        Assert.Equal((2, true), (deployed.Version, deployed.Created));
        Assert.Equal((1, "Completed"), (instances[before].DefinitionVersion, instances[before].State));
        Assert.Equal((2, "Completed"), (instances[after].DefinitionVersion, instances[after].State));
        Assert.False(await EnteredAsync(competition, instances[before].Id, "RegisterFiling"));
        Assert.True(await EnteredAsync(competition, instances[after].Id, "RegisterFiling"));
    }

    /// <summary>The deployed file with a manual step «Журналга каттоо» between the signature and the document review.</summary>
    private static async Task<DeploymentResult> DeployWithRegistrationStepAsync(Competition competition)
    {
        var xml = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "workflows", "application-lifecycle.bpmn"));
        var changed = xml
            .Replace("""sourceRef="ConfirmCode" targetRef="DocumentReview" />""",
                """sourceRef="ConfirmCode" targetRef="RegisterFiling" />""", StringComparison.Ordinal)
            .Replace("""<bpmn:userTask id="DocumentReview" name="Документтерди кароо">""",
                """
                <bpmn:manualTask id="RegisterFiling" name="Журналга каттоо">
                  <bpmn:incoming>Flow_ToDocumentReview</bpmn:incoming>
                  <bpmn:outgoing>Flow_RegisteredToReview</bpmn:outgoing>
                </bpmn:manualTask>
                <bpmn:sequenceFlow id="Flow_RegisteredToReview" sourceRef="RegisterFiling" targetRef="DocumentReview" />
                <bpmn:userTask id="DocumentReview" name="Документтерди кароо">
                """, StringComparison.Ordinal)
            .Replace("<bpmn:incoming>Flow_ToDocumentReview</bpmn:incoming>\n      <bpmn:outgoing>Flow_ToAdmitted</bpmn:outgoing>",
                "<bpmn:incoming>Flow_RegisteredToReview</bpmn:incoming>\n      <bpmn:outgoing>Flow_ToAdmitted</bpmn:outgoing>", StringComparison.Ordinal);
        Assert.NotEqual(xml, changed);
        await using var scope = competition.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>().DeployAsync(changed, "application-lifecycle.bpmn");
    }

    private static Task<bool> EnteredAsync(Competition competition, Guid instanceId, string elementId) =>
        competition.Host.QueryAsync(db => db.Set<WorkflowHistoryRecord>().AnyAsync(h => h.InstanceId == instanceId && h.ElementId == elementId));
}
