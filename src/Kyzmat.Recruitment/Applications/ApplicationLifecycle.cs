namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// The contract between the domain and <c>workflows/application-lifecycle.bpmn</c>: the process key, the form keys
/// of its user tasks (the domain finds a step by its form key, so administrators may rename or move elements), the
/// service-task types it calls, and the variables it reads.
/// </summary>
public static class ApplicationLifecycle
{
    public const string ProcessKey = "application-lifecycle";

    /// <summary>The prefix of the built-in steps' form keys; any other user task is a step an administrator added.</summary>
    public const string FormKeyPrefix = "kyzmat:";

    public static class Forms
    {
        public const string ChooseOffice = "kyzmat:choose-office";
        public const string ReadAndSign = "kyzmat:read-and-sign";
        public const string ConfirmCode = "kyzmat:confirm-code";
        public const string DocumentReview = "kyzmat:document-review";
        public const string TestResult = "kyzmat:test-result";
        public const string InterviewDecision = "kyzmat:interview-decision";
    }

    public static class TaskTypes
    {
        public const string SendSigningCode = "application.send-signing-code";
        public const string CancelUnsigned = "application.cancel-unsigned";
        public const string NotifyOverdue = "application.notify-overdue";
    }

    public static class Variables
    {
        public const string ApplicationId = "applicationId";
        public const string ApplicantId = "applicantId";
        public const string StateBodyCode = "stateBodyCode";
        public const string VacancyCode = "vacancyCode";
        public const string Deadline = "deadline";
        public const string Decision = "decision";
        public const string ReviewDueAt = "reviewDueAt";
        public const string Admitted = "admitted";
        public const string Score = "score";
        public const string Passed = "passed";
        public const string Outcome = "outcome";
        public const string Reason = "reason";
    }

    /// <summary>The candidate group of a state body's HR reviewers.</summary>
    public static string HrGroupOf(string stateBodyCode) => "hr:" + stateBodyCode;
}
