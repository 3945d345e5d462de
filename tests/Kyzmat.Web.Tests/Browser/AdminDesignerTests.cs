using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>
/// The administrators' workflow designer and process monitor, driven in Chromium against the shared host.
/// Nothing here deploys a new version of `application-lifecycle`: other tests in the same host (a citizen applies)
/// start that process, and a step added to it would hold their applications. The designer test therefore renames
/// the process in the properties panel and deploys it as a copy under a key of its own, then adds a step to the copy.
/// </summary>
[Collection(BrowserCollection.Name)]
[BrowserTest]
public sealed class AdminDesignerTests(PortalBrowser portal)
{
    private static string UniqueKey(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    [Fact]
    public async Task AnAdministrator_DeploysACopyOfTheLifecycle_AddsAStepInTheForm_AndSeesVersionTwo()
    {
        var page = await SignedInAdminAsync("/admin/workflows");
        await page.GetByRole(AriaRole.Link, new() { Name = "Арыздын жолу (application lifecycle)" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/workflows/application-lifecycle$"));
        await Expect(Shape(page, "DocumentReview")).ToBeVisibleAsync();
        await Expect(page.Locator(".bjs-powered-by")).ToBeVisibleAsync();

        // Nothing selected: the properties panel shows the process, whose id is the process key.
        var copyKey = UniqueKey("lifecycle-copy");
        var processId = page.Locator("#bio-properties-panel-id");
        await OpenPanelGroupAsync(page, "group-general", processId);
        await Expect(processId).ToHaveValueAsync("application-lifecycle");
        await processId.FillAsync(copyKey);
        await processId.PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Жайгаштыруу", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"{copyKey} процессинин 1-версиясы жайгаштырылды." })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"{copyKey} процессин ачуу" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/admin/workflows/{copyKey}$"));
        await Expect(Shape(page, "NotifyOverdue")).ToBeVisibleAsync();

        // A step after «Кадр кызматына эскертүү»: append a task with the context pad, make it a user task, give it a candidate group.
        await Shape(page, "NotifyOverdue").ClickAsync();
        await page.Locator(".djs-context-pad .entry[data-action='append.append-task']").ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.Locator(".djs-context-pad .entry[data-action='replace']").ClickAsync();
        await page.Locator(".djs-popup .entry[data-id='replace-with-user-task']").ClickAsync();
        var candidateGroups = page.Locator("#bio-properties-panel-assignmentDefinitionCandidateGroups");
        await OpenPanelGroupAsync(page, "group-assignmentDefinition", candidateGroups);
        await candidateGroups.FillAsync("hr:minfin");
        await candidateGroups.PressAsync("Tab");

        await page.GetByRole(AriaRole.Button, new() { Name = "Жайгаштыруу", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"{copyKey} процессинин 2-версиясы жайгаштырылды." })).ToBeVisibleAsync();
        var versions = page.Locator("section[aria-labelledby='versions-heading']");
        await Expect(versions.Locator(".admin-version[data-version='2']")).ToContainTextAsync("2-версия");
        await Expect(versions.Locator(".admin-version")).ToHaveCountAsync(2);
        await portal.ScreenshotAsync(page, "admin-designer");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var latest = await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitions>().GetLatestAsync(copyKey);
            Assert.Equal(2, latest?.Version);
            Assert.Contains("candidateGroups=\"hr:minfin\"", latest?.Xml, StringComparison.Ordinal);
        }

        // Version 1 opens read-only, without the new step.
        await versions.Locator(".admin-version[data-version='1']").GetByRole(AriaRole.Link, new() { Name = "Окуу үчүн ачуу" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{copyKey}, 1-версия" })).ToBeVisibleAsync();
        await Expect(Shape(page, "NotifyOverdue")).ToBeVisibleAsync();
        await Expect(page.Locator(".djs-element[data-element-id^='Activity_']")).ToHaveCountAsync(0);
        await Expect(page.Locator(".djs-palette")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ADiagramWithAnUnsupportedElement_IsMarkedBeforeDeploying_AndTheServerFindingsAreShownOnIt()
    {
        var key = UniqueKey("unsupported");
        var page = await SignedInAdminAsync($"/admin/workflows/{key}");
        await Expect(page.GetByText("Бул процесс азырынча жайгаштырыла элек")).ToBeVisibleAsync();
        var upload = page.Locator("#designer-upload");

        await upload.SetInputFilesAsync(new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("not a diagram") });
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Бул XML файлы эмес." })).ToBeVisibleAsync();

        var diagram = AdminDiagrams.Review(key, middle: "complexGateway");
        await upload.SetInputFilesAsync(new FilePayload { Name = $"{key}.bpmn", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes(diagram) });
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"«{key}.bpmn» файлы дизайнерге жүктөлдү." })).ToBeVisibleAsync();
        var problems = page.Locator(".admin-problems__list li[data-element-id='Middle']");
        await Expect(problems.First).ToContainTextAsync("complexGateway");
        await Expect(page.Locator(".djs-element.kz-marker--problem[data-element-id='Middle']")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Жайгаштыруу", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Кыймылдаткыч диаграмманы кабыл алган жок" })).ToBeVisibleAsync();
        await Expect(page.Locator(".admin-problems__finding[data-element-id='Middle']")).ToContainTextAsync("UNSUPPORTED_ELEMENT");
        await Expect(page.Locator(".djs-overlay .kz-badge--problem").First).ToBeVisibleAsync();
        await portal.ScreenshotAsync(page, "admin-designer-findings");
    }

    [Fact]
    public async Task TheMonitor_ListsInstancesOfAProcess_OpensOne_ShowsWhereItIs_AndCancelsItAfterConfirmation()
    {
        var key = UniqueKey("monitor");
        var businessKey = $"admin-test-{Guid.NewGuid():N}";
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var engine = scope.ServiceProvider.GetRequiredService<IWorkflowEngine>();
            await engine.DeployAsync(AdminDiagrams.Review(key));
            await engine.StartByKeyAsync(key, businessKey, new JsonObject { ["purpose"] = "browser test" });
        }

        var page = await SignedInAdminAsync("/admin/instances");
        await page.GetByLabel("Процесс", new() { Exact = true }).SelectOptionAsync(key);
        await page.GetByLabel("Абалы").SelectOptionAsync("ACTIVE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Көрсөтүү" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/admin/instances\\?key={key}&state=ACTIVE$"));
        await Expect(page.GetByText("Табылды: 1")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = businessKey }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Процесстин нускасы: {businessKey}" })).ToBeVisibleAsync();
        await Expect(page.Locator(".djs-element.kz-marker--active[data-element-id='Review']")).ToBeVisibleAsync();
        await Expect(page.Locator(".djs-overlay .kz-badge--active")).ToHaveTextAsync("1");
        await Expect(page.Locator(".admin-counts li[data-element-id='Review']")).ToHaveTextAsync("Review элементинде азыр: 1");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "InstanceStarted" })).ToBeVisibleAsync();
        await portal.ScreenshotAsync(page, "admin-monitor-instance");

        await page.GetByRole(AriaRole.Button, new() { Name = "Процессти жокко чыгаруу" }).ClickAsync();
        await Expect(page.GetByText("Бул процесс нускасын жокко чыгарасызбы?")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ооба, жокко чыгаруу" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Процесс нускасы жокко чыгарылды." })).ToBeVisibleAsync();
        await Expect(page.Locator(".admin-state--cancelled")).ToHaveTextAsync("Жокко чыгарылды");
        await Expect(page.Locator(".djs-element.kz-marker--active")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ATaskLinkingAFormNotDeployed_IsAFindingOnIt_AndThePanelOffersTheDeployedForms()
    {
        var key = UniqueKey("linked-form");
        var formId = UniqueKey("form");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Kyzmat.Workflows.Forms.IWorkflowForms>().DeployAsync(
                $$"""{ "id": "{{formId}}", "type": "default", "components": [ { "id": "F_ok", "type": "checkbox", "key": "ok", "label": "OK" } ] }""");
        }

        var page = await SignedInAdminAsync($"/admin/workflows/{key}");
        var diagram = AdminDiagrams.Review(key).Replace(
            """<zeebe:assignmentDefinition candidateGroups="admin-browser-test" />""",
            """<zeebe:assignmentDefinition candidateGroups="admin-browser-test" /><zeebe:formDefinition formId="no-such-form" /><zeebe:userTask />""",
            StringComparison.Ordinal);
        await page.Locator("#designer-upload").SetInputFilesAsync(new FilePayload { Name = $"{key}.bpmn", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes(diagram) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Жайгаштыруу", Exact = true }).ClickAsync();
        await Expect(page.Locator(".admin-problems__finding[data-element-id='Review']")).ToContainTextAsync("FORM_NOT_FOUND");

        await Shape(page, "Review").ClickAsync();
        var deployedForms = page.Locator("#bio-properties-panel-kyzmatDeployedForm");
        await OpenPanelGroupAsync(page, "group-form", deployedForms);
        await deployedForms.SelectOptionAsync(formId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Жайгаштыруу", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"{key} процессинин 1-версиясы жайгаштырылды." })).ToBeVisibleAsync();
        await portal.ScreenshotAsync(page, "admin-designer-linked-form");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var latest = await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitions>().GetLatestAsync(key);
            Assert.Contains($"formId=\"{formId}\"", latest?.Xml, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/admin", 1280)]
    [InlineData("/admin/instances", 360)]
    [InlineData("/admin/workflows", 360)]
    public async Task AdminPages_HaveNoSeriousOrCriticalViolations(string path, int width)
    {
        var page = await SignedInAdminAsync(path, width);
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Expect(page.Locator("[role=status]:has-text('…')")).ToHaveCountAsync(0);
        if (width == 360)
        {
            await portal.ScreenshotAsync(page, "admin" + path.Replace('/', '-') + "-360");
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
            Assert.False(overflow, $"{path} is wider than a 360 px screen");
        }

        var violations = await Axe.SeriousViolationsAsync(page);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    /// <summary>Opens a group of the properties panel (they start folded) unless the field in it is already shown.</summary>
    private static async Task OpenPanelGroupAsync(IPage page, string groupId, ILocator field)
    {
        await Expect(page.Locator($"[data-group-id='{groupId}']")).ToBeVisibleAsync();
        if (!await field.IsVisibleAsync())
        {
            await page.Locator($"[data-group-id='{groupId}'] .bio-properties-panel-group-header").ClickAsync();
        }

        await Expect(field).ToBeVisibleAsync();
    }

    private static ILocator Shape(IPage page, string elementId) => page.Locator($".djs-element.djs-shape[data-element-id='{elementId}']");

    private async Task<IPage> SignedInAdminAsync(string path, int width = 1280)
    {
        var page = await portal.NewPageAsync(width, 900);
        await page.GotoAsync("/");
        await portal.SignInAsync(page, SignInLabels.Kyrgyz, DemoAccounts.AdminPin, DemoAccounts.AdminPassword, "admin@demo.kyzmat.test", giveEmail: false);
        await page.GotoAsync(path); // the tokens stay in this tab's sessionStorage
        await Expect(page).ToHaveURLAsync(portal.BaseUrl + path);
        return page;
    }
}
