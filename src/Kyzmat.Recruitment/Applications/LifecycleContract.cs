using System.Text.RegularExpressions;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Parsing;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// What the domain needs of <c>application-lifecycle</c>, checked on every deployment of it (<see cref="ApplicationLifecycle"/>):
/// each of the six <c>kyzmat:*</c> steps once, no <c>kyzmat:*</c> or <c>application.*</c> name the domain does not know,
/// the signing code sent, and each deciding step's variable routed on before the next step. An administrator may add,
/// rename and rearrange steps; a diagram that would strand applications or let a refusal go on is refused with
/// <see cref="Code"/> findings on the elements concerned. Other process keys are free.
/// </summary>
public sealed class LifecycleContract(LifecycleAddedSteps? addedSteps = null) : IDeploymentCheck
{
    public const string Code = "DOMAIN_CONTRACT";

    private const string StepPrefix = "kyzmat:";
    private const string TaskTypePrefix = "application.";

    private static readonly string[] Steps =
    [
        ApplicationLifecycle.Forms.ChooseOffice, ApplicationLifecycle.Forms.ReadAndSign, ApplicationLifecycle.Forms.ConfirmCode,
        ApplicationLifecycle.Forms.DocumentReview, ApplicationLifecycle.Forms.TestResult, ApplicationLifecycle.Forms.InterviewDecision,
    ];

    private static readonly string[] TaskTypes =
        [ApplicationLifecycle.TaskTypes.SendSigningCode, ApplicationLifecycle.TaskTypes.CancelUnsigned, ApplicationLifecycle.TaskTypes.NotifyOverdue];

    /// <summary>The steps whose outcome the process must route on, and the variable the domain sets for it.</summary>
    private static readonly Dictionary<string, string> Decides = new(StringComparer.Ordinal)
    {
        [ApplicationLifecycle.Forms.ReadAndSign] = ApplicationLifecycle.Variables.Decision,
        [ApplicationLifecycle.Forms.DocumentReview] = ApplicationLifecycle.Variables.Admitted,
        [ApplicationLifecycle.Forms.TestResult] = ApplicationLifecycle.Variables.Passed,
        [ApplicationLifecycle.Forms.InterviewDecision] = ApplicationLifecycle.Variables.Outcome,
    };

    public IReadOnlyList<Finding> Check(ProcessModel process)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (process.Id != ApplicationLifecycle.ProcessKey)
        {
            return [];
        }

        var findings = new List<Finding>();
        var userTasks = process.Elements.Values.Where(e => e.Kind == ElementKind.UserTask).ToList();
        foreach (var step in Steps)
        {
            var carriers = userTasks.Where(t => t.FormKey == step).ToList();
            if (carriers.Count == 0)
            {
                findings.Add(new Finding(null, Code,
                    $"The application lifecycle needs a user task with the form key '{step}': the portal finds that step of every application by it."));
            }

            findings.AddRange(carriers.Skip(1).Select(t => new Finding(t.Id, Code,
                $"Only one user task may have the form key '{step}' (also on '{carriers[0].Id}'): the portal could not tell which step an application is at.")));
        }

        findings.AddRange(userTasks.Where(t => t.FormKey is { } key && key.StartsWith(StepPrefix, StringComparison.Ordinal) && !Steps.Contains(key))
            .Select(t => new Finding(t.Id, Code,
                $"'{t.FormKey}' is not a step the portal knows ({string.Join(", ", Steps)}); link a Camunda form to a new step instead.")));
        findings.AddRange(process.Elements.Values
            .Where(e => e.TaskType is { } type && type.StartsWith(TaskTypePrefix, StringComparison.Ordinal) && !TaskTypes.Contains(type))
            .Select(e => new Finding(e.Id, Code, $"'{e.TaskType}' is not a task type the portal handles ({string.Join(", ", TaskTypes)}).")));
        if (!process.Elements.Values.Any(e => e.TaskType == ApplicationLifecycle.TaskTypes.SendSigningCode))
        {
            findings.Add(new Finding(null, Code,
                $"The application lifecycle needs a service task of type '{ApplicationLifecycle.TaskTypes.SendSigningCode}': without it no citizen receives the code that signs the application."));
        }

        foreach (var task in userTasks.Where(t => t.FormKey is { } key && Decides.ContainsKey(key)))
        {
            var variable = Decides[task.FormKey!];
            if (!RoutedOnBeforeNextStep(process, task, variable))
            {
                findings.Add(new Finding(task.Id, Code,
                    $"Nothing routes on '{variable}' after this step: add a gateway whose conditions read it before the next step, or every application would go on whatever the decision."));
            }
        }

        if (findings.Count == 0 && LifecycleAddedSteps.Has(process))
        {
            addedSteps?.MayHaveChanged();
        }

        return findings;
    }

    // Follows the sequence flows from the step (out of sub-processes at their ends) up to the next kyzmat:* step.
    private static bool RoutedOnBeforeNextStep(ProcessModel process, BpmnElement step, string variable)
    {
        var reads = new Regex($@"(?<![\w.]){Regex.Escape(variable)}(?!\w)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var seen = new HashSet<string>(StringComparer.Ordinal) { step.Id };
        var next = new Queue<BpmnElement>(Successors(process, step));
        while (next.TryDequeue(out var element))
        {
            if (!seen.Add(element.Id) || element.FormKey is { } key && Steps.Contains(key))
            {
                continue;
            }

            var outgoing = process.Flows.Values.Where(f => f.SourceId == element.Id).ToList();
            if (element.Kind is ElementKind.ExclusiveGateway or ElementKind.InclusiveGateway && outgoing.Any(f => f.Condition is { } c && reads.IsMatch(c)))
            {
                return true;
            }

            foreach (var successor in Successors(process, element))
            {
                next.Enqueue(successor);
            }
        }

        return false;
    }

    private static IEnumerable<BpmnElement> Successors(ProcessModel process, BpmnElement element)
    {
        var flows = process.Flows.Values.Where(f => f.SourceId == element.Id).Select(f => process.Elements[f.TargetId]).ToList();
        if (flows.Count == 0 && element.Kind == ElementKind.EndEvent && element.ParentId is { } parent && process.Elements.TryGetValue(parent, out var scope))
        {
            return Successors(process, scope);
        }

        return flows;
    }
}
