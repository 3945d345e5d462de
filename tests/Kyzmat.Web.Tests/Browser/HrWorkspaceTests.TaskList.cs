using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>The task list (decision 0106): the header's count, filters and order, claiming a step an administrator added.</summary>
public sealed partial class HrWorkspaceTests
{
    private const string CheckName = "Коопсуздук кызматынын текшерүүсү";

    [Fact]
    public async Task AReviewer_SeesTheOpenTaskCount_FiltersAndSortsTheList_ClaimsAnAddedStep_AndOpensIt()
    {
        var filed = await TwoChecksAsync();
        var page = await SignedInReviewerAsync("/hr");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Тапшырмалар", Level = 1 })).ToBeVisibleAsync();

        // The header counts every open task of the reviewer, as the unfiltered list does.
        var count = page.GetByRole(AriaRole.Navigation, new() { Name = "Негизги меню" }).Locator("[data-open-tasks]");
        await Expect(page.Locator(".results__count")).ToContainTextAsync("Табылган тапшырмалар:");
        var listed = Regex.Match(await page.Locator(".results__count").InnerTextAsync(), @"\d[\d\s ]*").Value.Replace(" ", "").Replace(" ", "").Trim();
        await Expect(count).ToHaveAttributeAsync("data-open-tasks", listed);
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^Кадр кызматы\s*,\s*ачык тапшырмалар:\s*" + listed + "$") })).ToBeVisibleAsync();

        // The application's three open steps (its document review and the two checks), by priority: the urgent check first,
        // the review (Camunda's default 50), the other check; then only those nobody holds.
        await page.GetByLabel("Вакансия", new() { Exact = true }).SelectOptionAsync(filed.VacancyId);
        await page.GetByLabel("Иреттөө").SelectOptionAsync("PRIORITY");
        await Expect(page).ToHaveURLAsync(new Regex("sort=PRIORITY"));
        var cards = page.Locator($"article.hr-card[data-application='{filed.Number}']");
        await Expect(cards).ToHaveCountAsync(3);
        await Expect(Priority(cards.First)).ToHaveTextAsync("90");
        await Expect(cards.First).ToContainTextAsync(CheckName);
        await Expect(cards.Nth(1)).ToContainTextAsync("Документтерди кароо");
        await Expect(Priority(cards.Nth(2))).ToHaveTextAsync("20");
        await page.GetByLabel("Эч кимде эмес").CheckAsync();
        await Expect(page).ToHaveURLAsync(new Regex("who=unassigned"));
        await Expect(cards).ToHaveCountAsync(3);

        // The process filter offers the processes of the reviewer's tasks by name: the checks' one leaves the review out.
        await page.GetByLabel("Процесс", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Security check" });
        await Expect(page).ToHaveURLAsync(new Regex("process=browser-security-check"));
        await Expect(cards).ToHaveCountAsync(2);
        await Expect(cards.Filter(new() { HasText = "Документтерди кароо" })).ToHaveCountAsync(0);
        await page.GetByLabel("Процесс", new() { Exact = true }).SelectOptionAsync("");
        await Expect(cards).ToHaveCountAsync(3);
        await AssertNoSeriousViolationsAsync(page);
        await portal.ScreenshotAsync(page, "hr-task-list-ky");

        var urgent = cards.First;
        await urgent.GetByRole(AriaRole.Button, new() { Name = "Алуу" }).ClickAsync();
        await Expect(urgent).ToContainTextAsync("Сиз алдыңыз");
        await page.GetByLabel("Меники").CheckAsync();
        await Expect(page).ToHaveURLAsync(new Regex("who=mine"));
        await Expect(cards).ToHaveCountAsync(1);
        await Expect(Priority(cards.First)).ToHaveTextAsync("90");

        await cards.First.GetByRole(AriaRole.Link, new() { Name = "Ачуу" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/hr/tasks/[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(CheckName);
        await AssertNoSeriousViolationsAsync(page);
    }

    private static ILocator Priority(ILocator card) => card.Locator("dt:text-is('Артыкчылыгы') + dd");

    /// <summary>
    /// A citizen (body 10's demo reviewer, used by no other test) files an application to minfin; a step an administrator
    /// added (no form key of ours) is then offered to minfin's reviewers twice for it: one urgent and due tomorrow, one of
    /// low priority without a due date.
    /// </summary>
    private async Task<FiledApplication> TwoChecksAsync()
    {
        var applicantPin = DemoAccounts.HrPinOfBody(10);
        string email;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            email = await scope.ServiceProvider.GetRequiredService<KyzmatDbContext>().SandboxCitizens.Where(s => s.Pin == applicantPin).Select(s => s.Email!).SingleAsync();
        }

        var citizen = await portal.NewPageAsync();
        await citizen.GotoAsync("/");
        await portal.SignInAsync(citizen, SignInLabels.Kyrgyz, applicantPin, DemoAccounts.HrPassword, email, giveEmail: false);
        var filed = await FiledApplication.FileAsync(portal, citizen, email, "minfin");
        await citizen.Context.CloseAsync();

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var engine = scope.ServiceProvider.GetRequiredService<IWorkflowEngine>();
            await engine.DeployAsync(CheckProcess);
            var tomorrow = DateTimeOffset.UtcNow.AddDays(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            await engine.StartByKeyAsync("browser-security-check", filed.Id, new JsonObject { ["due"] = null, ["priority"] = 20 });
            await engine.StartByKeyAsync("browser-security-check", filed.Id, new JsonObject { ["due"] = tomorrow, ["priority"] = 90 });
        }

        return filed;
    }

    private const string CheckProcess = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_browser_check" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="browser-security-check" name="Security check" isExecutable="true">
            <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Check" />
            <bpmn:userTask id="Check" name="{CheckName}">
              <bpmn:extensionElements>
                <zeebe:assignmentDefinition candidateGroups="hr:minfin" />
                <zeebe:taskSchedule dueDate="=due" />
                <zeebe:priorityDefinition priority="=priority" />
                <zeebe:userTask />
              </bpmn:extensionElements>
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Check" targetRef="End" />
            <bpmn:endEvent id="End"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """;
}
