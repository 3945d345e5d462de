using System.Text;
using System.Text.RegularExpressions;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>
/// An administrator tries a process from the designer («Сынап көрүү»), sees the test run in the monitor, and cancels the
/// test runs of the process — never an instance that is not one.
/// </summary>
[Collection(BrowserCollection.Name)]
[BrowserTest]
public sealed class AdminTestRunTests(PortalBrowser portal)
{
    [Fact]
    public async Task AnAdministrator_DeploysADiagram_StartsATestRunWithVariables_SeesItInTheMonitor_AndCancelsTheTestRuns()
    {
        var key = $"try-run-{Guid.NewGuid():N}"[..16];
        var page = await SignedInAdminAsync($"/admin/workflows/{key}");
        await page.Locator("#designer-upload").SetInputFilesAsync(
            new FilePayload { Name = $"{key}.bpmn", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes(AdminDiagrams.Review(key)) });
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"«{key}.bpmn» файлы дизайнерге жүктөлдү." })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Жайгаштыруу", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"{key} процессинин 1-версиясы жайгаштырылды." })).ToBeVisibleAsync();
        var businessKey = $"not-a-test-{Guid.NewGuid():N}";
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>().StartByKeyAsync(key, businessKey);
        }

        // The dialog: its field has the focus and starts as {}; what is not one JSON object is refused in the page.
        await page.GetByRole(AriaRole.Button, new() { Name = "Сынап көрүү" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = $"{key} процессин сынап көрүү (1-версия)" });
        await Expect(dialog).ToBeVisibleAsync();
        var variables = dialog.GetByLabel("Өзгөрмөлөр (бир JSON объект)");
        await Expect(variables).ToBeFocusedAsync();
        await Expect(variables).ToHaveValueAsync("{}");
        await variables.FillAsync("[1, 2]");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Баштоо" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Өзгөрмөлөр бир JSON объекти болушу керек: { … }.");
        await variables.FillAsync("{ \"amount\": ");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Баштоо" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("Бул туура JSON эмес");
        await Expect(variables).ToHaveAttributeAsync("aria-invalid", "true");
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
        await portal.ScreenshotAsync(page, "admin-test-run-dialog");

        await variables.FillAsync("{ \"amount\": 120, \"approver\": \"Айгүл\" }");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Баштоо" }).ClickAsync();

        // The new instance, in the monitor: marked, waiting at the user task, with the variables.
        await Expect(page).ToHaveURLAsync(new Regex("/admin/instances/[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Процесстин нускасы" })).ToContainTextAsync("сыноо");
        await Expect(page.Locator(".djs-element.kz-marker--active[data-element-id='Review']")).ToBeVisibleAsync();
        await Expect(page.Locator(".admin-json")).ToContainTextAsync("\"approver\": \"Айгүл\"");
        var instanceId = Guid.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..]);

        // The list of the process's test runs shows it alone; cancelling them leaves the other instance running.
        await page.GotoAsync($"/admin/instances?key={key}&testRun=only");
        await Expect(page.GetByText("Табылды: 1")).ToBeVisibleAsync();
        await Expect(page.Locator(".admin-instance .admin-badge--test")).ToHaveTextAsync("сыноо");
        await page.GetByRole(AriaRole.Button, new() { Name = $"{key} процессинин сыноо нускаларын жокко чыгаруу" }).ClickAsync();
        await Expect(page.GetByText($"{key} процессинин иштеп жаткан бардык сыноо нускалары жокко чыгарылсынбы?")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ооба, жокко чыгаруу" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Жокко чыгарылган сыноо нускалары: 1." })).ToBeVisibleAsync();
        await Expect(page.Locator(".admin-instance .admin-state--cancelled")).ToHaveTextAsync("Жокко чыгарылды");
        await portal.ScreenshotAsync(page, "admin-test-runs-cancelled");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var engine = scope.ServiceProvider.GetRequiredService<IWorkflowEngine>();
            var run = await engine.GetInstanceAsync(instanceId);
            Assert.True(run.IsTestRun);
            Assert.Equal(InstanceStates.Cancelled, run.State);
            Assert.Equal(120, run.Variables["amount"]!.GetValue<int>());
            Assert.Equal(InstanceStates.Active, Assert.Single(await engine.FindByBusinessKeyAsync(businessKey)).State);
        }
    }

    private async Task<IPage> SignedInAdminAsync(string path)
    {
        var page = await portal.NewPageAsync(1280, 900);
        await page.GotoAsync("/");
        await portal.SignInAsync(page, SignInLabels.Kyrgyz, DemoAccounts.AdminPin, DemoAccounts.AdminPassword, "admin@demo.kyzmat.test", giveEmail: false);
        await page.GotoAsync(path); // the tokens stay in this tab's sessionStorage
        await Expect(page).ToHaveURLAsync(portal.BaseUrl + path);
        return page;
    }
}
