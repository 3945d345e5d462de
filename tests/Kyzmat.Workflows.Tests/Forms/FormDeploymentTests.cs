using System.Text.Json.Nodes;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Forms;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Tests.Forms;

public class FormDeploymentTests : EngineTest
{
    private const string SmallForm = """
        { "id": "check", "type": "default", "components": [ { "id": "F_ok", "type": "checkbox", "key": "approved", "label": "Approved" } ] }
        """;

    private const string SmallFormV2 = """
        { "id": "check", "type": "default", "versionTag": "v2", "components": [
          { "id": "F_ok", "type": "checkbox", "key": "approved", "label": "Approved" },
          { "id": "F_why", "type": "textfield", "key": "reason", "label": "Reason", "validate": { "required": true } } ] }
        """;

    private static string Approval(string formDefinition) =>
        Diagrams.Load("user-task-approval").Replace("<zeebe:formDefinition formKey=\"review-form\" />", formDefinition, StringComparison.Ordinal);

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Deploy_SameJsonIsANoOp_ChangedJsonIsTheNextVersion(string provider) => WithEngineAsync(provider, async host =>
    {
        var first = await host.Forms(f => f.DeployAsync(SmallForm, "check.form"));
        var again = await host.Forms(f => f.DeployAsync(SmallForm, "check.form"));
        var second = await host.Forms(f => f.DeployAsync(SmallFormV2, "check.form"));

        Assert.Equal(("check:1", true), (first.Id, first.Created));
        Assert.Equal(("check:1", false), (again.Id, again.Created));
        Assert.Equal(("check:2", 2, true), (second.Id, second.Version, second.Created));
        var listed = Assert.Single(await host.Forms(f => f.ListAsync()));
        Assert.Equal(("check:2", "v2"), (listed.Id, listed.VersionTag));
        Assert.Equal(SmallForm, (await host.Forms(f => f.GetAsync("check", 1)))!.Json);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Deploy_InvalidForm_IsRefusedWithFindings_NothingStored(string provider) => WithEngineAsync(provider, async host =>
    {
        var ex = await Assert.ThrowsAsync<WorkflowException>(() => host.Forms(f => f.DeployAsync("""{ "id": "x", "components": [ { "type": "dynamiclist", "key": "a", "components": [] } ] }""")));

        Assert.Equal(WorkflowErrorCodes.FormInvalid, ex.Code);
        Assert.Equal(FormFindingCodes.ComponentUnsupported, Assert.Single(ex.Findings).Code);
        Assert.Empty(await host.Forms(f => f.ListAsync()));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Deploy_ProcessLinkingAFormNotDeployed_IsAFindingOnTheTask(string provider) => WithEngineAsync(provider, async host =>
    {
        var missing = await Assert.ThrowsAsync<WorkflowException>(() => host.Engine(e => e.DeployAsync(Approval("<zeebe:formDefinition formId=\"check\" />"))));
        await host.Forms(f => f.DeployAsync(SmallForm));
        var wrongTag = await Assert.ThrowsAsync<WorkflowException>(() => host.Engine(e =>
            e.DeployAsync(Approval("<zeebe:formDefinition formId=\"check\" bindingType=\"versionTag\" versionTag=\"v2\" />"))));
        var deployed = await host.Engine(e => e.DeployAsync(Approval("<zeebe:formDefinition formId=\"check\" />")));

        Assert.Equal(WorkflowErrorCodes.DefinitionInvalid, missing.Code);
        Assert.Equal(("Task_Review", FormFindingCodes.FormNotFound), (Assert.Single(missing.Findings).ElementId, missing.Findings[0].Code));
        Assert.Equal(FormFindingCodes.FormNotFound, Assert.Single(wrongTag.Findings).Code);
        Assert.True(deployed.Created);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task CreateTask_PinsTheFormVersion_ARunningTaskKeepsItAfterANewVersion(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.Forms(f => f.DeployAsync(SmallForm));
        await host.Engine(e => e.DeployAsync(Approval("<zeebe:formDefinition formId=\"check\" />")));
        var before = await host.StartAsync("approval", "app-1", """{ "reviewer": "aida" }""");
        await host.Forms(f => f.DeployAsync(SmallFormV2));
        var after = await host.StartAsync("approval", "app-2", """{ "reviewer": "aida" }""");

        var oldTask = await host.SingleTaskAsync(before.Id, "Task_Review");
        var newTask = await host.SingleTaskAsync(after.Id, "Task_Review");
        Assert.Equal("check:1", oldTask.FormVersionId);
        Assert.Equal("check:2", newTask.FormVersionId);
        Assert.Equal(1, (await host.Forms(f => f.GetOfTaskAsync(oldTask.Id)))!.Version);

        // Version 1 has no required reason: its task completes without one; version 2's does not.
        await host.CompleteAsync(oldTask.Id, variablesJson: """{ "approved": true }""");
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => host.CompleteAsync(newTask.Id, variablesJson: """{ "approved": true }"""));
        Assert.Equal(WorkflowErrorCodes.FormDataInvalid, refused.Code);
        Assert.Equal(("reason", FormErrorCodes.Required), (Assert.Single(refused.FieldErrors).Key, refused.FieldErrors[0].Code));
        Assert.Equal(["Task_Sign"], (await host.InstanceAsync(before.Id)).ActiveElements);
        Assert.Equal(["Task_Review"], (await host.InstanceAsync(after.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Complete_AVariableTheFormDoesNotDefine_IsRefused_NothingChanges(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.Forms(f => f.DeployAsync(SmallForm));
        await host.Engine(e => e.DeployAsync(Approval("<zeebe:formDefinition formId=\"check\" />")));
        var instance = await host.StartAsync("approval", "app-1", """{ "reviewer": "aida" }""");
        var task = await host.SingleTaskAsync(instance.Id, "Task_Review");

        var refused = await Assert.ThrowsAsync<WorkflowException>(() => host.CompleteAsync(task.Id, variablesJson: """{ "approved": true, "signers": "x" }"""));

        Assert.Equal(("signers", FormErrorCodes.Unknown), (Assert.Single(refused.FieldErrors).Key, refused.FieldErrors[0].Code));
        var unchanged = await host.InstanceAsync(instance.Id);
        Assert.Equal(["Task_Review"], unchanged.ActiveElements);
        Assert.False(unchanged.Variables.ContainsKey("approved"));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task CreateTask_Bindings_VersionTagPicksTheTaggedVersion_DeploymentTheOneOfItsTime(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.Forms(f => f.DeployAsync(SmallForm));
        await host.Engine(e => e.DeployAsync(Approval("<zeebe:formDefinition formId=\"check\" bindingType=\"deployment\" />")));
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.Forms(f => f.DeployAsync(SmallFormV2));
        var byDeployment = await host.StartAsync("approval", "app-1", """{ "reviewer": "aida" }""");
        await host.Forms(f => f.DeployAsync(SmallForm.Replace("Approved", "Approved?", StringComparison.Ordinal)));
        await host.Engine(e => e.DeployAsync(Approval("<zeebe:formDefinition formId=\"check\" bindingType=\"versionTag\" versionTag=\"v2\" />")));
        var byTag = await host.StartAsync("approval", "app-2", """{ "reviewer": "aida" }""");

        Assert.Equal("check:1", (await host.SingleTaskAsync(byDeployment.Id, "Task_Review")).FormVersionId);
        Assert.Equal("check:2", (await host.SingleTaskAsync(byTag.Id, "Task_Review")).FormVersionId);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task CreateTask_FormGoneByThen_IsAnIncident_ResolvedOnceItIsDeployedAgain(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.Forms(f => f.DeployAsync(SmallForm));
        await host.Engine(e => e.DeployAsync(Approval("<zeebe:formDefinition formId=\"check\" />")));
        await host.Db(db => db.Set<WorkflowFormRecord>().ExecuteDeleteAsync());

        var instance = await host.StartAsync("approval", "app-1", """{ "reviewer": "aida" }""");
        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
        await host.Forms(f => f.DeployAsync(SmallForm));
        await host.Engine(e => e.ResolveIncidentAsync(incident.Id));

        Assert.Equal((IncidentCodes.FormNotFound, "Task_Review"), (incident.Code, incident.ElementId));
        Assert.Equal("check:1", (await host.SingleTaskAsync(instance.Id, "Task_Review")).FormVersionId);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Complete_ValidData_SetsOnlyTheFormsVariables_AndTheProcessGoesOn(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.Forms(f => f.DeployAsync(FormSamples.AllFields));
        await host.Engine(e => e.DeployAsync(Approval("<zeebe:formDefinition formId=\"background-check\" />")));
        var instance = await host.StartAsync("approval", "app-1", """{ "reviewer": "aida", "decision": "kept" }""");
        var task = await host.SingleTaskAsync(instance.Id, "Task_Review");

        await host.CompleteAsync(task.Id, variablesJson: """{ "name": "Aida", "cleared": true, "decision": "changed", "address": { "city": "Osh" } }""");

        var after = await host.InstanceAsync(instance.Id);
        Assert.Equal("kept", after.Variables["decision"]!.GetValue<string>());
        Assert.Equal("Osh", after.Variables["address"]!["city"]!.GetValue<string>());
        Assert.True(after.Variables["cleared"]!.GetValue<bool>());
        Assert.Equal(InstanceStates.Completed, after.State);
    });
}
