using System.Text.RegularExpressions;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Forms;
using Kyzmat.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>A citizen a diagram names as a task's candidate user by PIN finds it from the cabinet and works its form on /tasks.</summary>
[Collection(BrowserCollection.Name)]
[BrowserTest]
public sealed class CandidateTaskTests(PortalBrowser portal)
{
    private const string StepName = "Көз карандысыз эксперттин корутундусу";

    [Fact]
    public async Task ACitizenNamedByPin_ClaimsTheTask_AndCompletesItsForm()
    {
        // The applicant is body 6's demo reviewer (used by no other test); the expert is the demo citizen Nurlan.
        var applicantPin = DemoAccounts.HrPinOfBody(6);
        string email;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            email = await scope.ServiceProvider.GetRequiredService<KyzmatDbContext>().SandboxCitizens.Where(s => s.Pin == applicantPin).Select(s => s.Email!).SingleAsync();
        }

        var applicant = await portal.NewPageAsync();
        await applicant.GotoAsync("/");
        await portal.SignInAsync(applicant, SignInLabels.Kyrgyz, applicantPin, DemoAccounts.HrPassword, email, giveEmail: false);
        var filed = await FiledApplication.FileAsync(portal, applicant, email, "minfin");
        await applicant.Context.CloseAsync();

        var suffix = Guid.NewGuid().ToString("N")[..8];
        Guid instanceId;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IWorkflowForms>().DeployAsync(AddedLifecycleStep.Form($"expert-{suffix}"));
            var engine = scope.ServiceProvider.GetRequiredService<IWorkflowEngine>();
            await engine.DeployAsync(ExpertProcess($"expert-opinion-{suffix}", $"expert-{suffix}"));
            instanceId = (await engine.StartByKeyAsync($"expert-opinion-{suffix}", filed.Id)).Id;
        }

        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        await portal.SignInAsync(page, SignInLabels.Kyrgyz, DemoAccounts.CitizenPin, DemoAccounts.CitizenPassword, "nurlan@demo.kyzmat.test", giveEmail: false);
        await page.GotoAsync("/cabinet");
        await page.GetByRole(AriaRole.Link, new() { Name = "Менин тапшырмаларым" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/tasks$"));
        var card = page.Locator($"article.hr-card[data-application='{filed.Number}']");
        await Expect(card).ToContainTextAsync(StepName);
        await card.GetByRole(AriaRole.Link, new() { Name = "Ачуу" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(StepName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Алуу" }).ClickAsync();
        await Expect(page.GetByText("Тапшырма сизде.")).ToBeVisibleAsync();
        var form = page.GetByRole(AriaRole.Group, new() { Name = "Тапшырманын формасы" });
        await form.GetByLabel("Тоскоолдук жок").CheckAsync();
        await form.GetByLabel("Текшерген кызматкер").FillAsync("Нурлан");
        await page.Keyboard.PressAsync("Tab");
        await portal.ScreenshotAsync(page, "candidate-task");
        await PortalBrowser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Форманы жөнөтүү" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/tasks$"));
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync($"«{StepName}» кадамы {filed.Number} арызы боюнча аткарылды.");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var instance = await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>().GetInstanceAsync(instanceId);
            Assert.Equal(InstanceStates.Completed, instance.State);
            Assert.Equal("Нурлан", instance.Variables["checkedBy"]!.GetValue<string>());
        }
    }

    private static string ExpertProcess(string processId, string formId) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_{processId}" targetNamespace="https://kyzmat.kg/tests">
          <bpmn:process id="{processId}" name="{StepName}" isExecutable="true">
            <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Opinion" />
            <bpmn:userTask id="Opinion" name="{StepName}">
              <bpmn:extensionElements>
                <zeebe:assignmentDefinition candidateUsers="{DemoAccounts.CitizenPin}" />
                <zeebe:formDefinition formId="{formId}" />
                <zeebe:userTask />
              </bpmn:extensionElements>
              <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="F2" sourceRef="Opinion" targetRef="End" />
            <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """;
}
