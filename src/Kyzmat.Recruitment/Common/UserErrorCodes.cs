using Kyzmat.Workflows;
using Kyzmat.Workflows.Forms;

namespace Kyzmat.Recruitment.Common;

/// <summary>Stable codes of errors a user can cause; clients may rely on them.</summary>
public static class UserErrorCodes
{
    public const string InvalidInput = "INVALID_INPUT";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string PageSizeTooLarge = "PAGE_SIZE_TOO_LARGE";
    public const string SearchTextTooLong = "SEARCH_TEXT_TOO_LONG";
    public const string NotFound = "NOT_FOUND";
    public const string NotAuthenticated = "NOT_AUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string DocumentEmpty = "DOCUMENT_EMPTY";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string DocumentQuotaExceeded = "DOCUMENT_QUOTA_EXCEEDED";
    public const string DocumentFormatNotAllowed = "DOCUMENT_FORMAT_NOT_ALLOWED";
    public const string DocumentNotYours = "DOCUMENT_NOT_YOURS";
    public const string RequiredField = "REQUIRED_FIELD";
    public const string TextTooLong = "TEXT_TOO_LONG";
    public const string DateRangeInvalid = "DATE_RANGE_INVALID";
    public const string DateInFuture = "DATE_IN_FUTURE";
    public const string PhoneInvalid = "PHONE_INVALID";
    public const string RegionUnknown = "REGION_UNKNOWN";
    public const string ChangedMeanwhile = "CHANGED_MEANWHILE";
    public const string TooManyFavourites = "TOO_MANY_FAVOURITES";
    public const string VacancyNotOpen = "VACANCY_NOT_OPEN";
    public const string ProfileIncomplete = "PROFILE_INCOMPLETE";
    public const string ApplicationExists = "APPLICATION_EXISTS";
    public const string OfficeNotOfVacancy = "OFFICE_NOT_OF_VACANCY";
    public const string ApplicationStepUnavailable = "APPLICATION_STEP_UNAVAILABLE";
    public const string EmailNotConfirmed = "EMAIL_NOT_CONFIRMED";
    public const string CodeWrong = "CODE_WRONG";
    public const string CodeExpired = "CODE_EXPIRED";
    public const string CodeUsed = "CODE_USED";
    public const string CodeExhausted = "CODE_EXHAUSTED";
    public const string CodeMissing = "CODE_MISSING";
    public const string CodeTooSoon = "CODE_TOO_SOON";
    public const string CodeHourlyLimit = "CODE_HOURLY_LIMIT";
    public const string ReasonRequired = "REASON_REQUIRED";
    public const string ScoreOutOfRange = "SCORE_OUT_OF_RANGE";
    public const string TaskClaimedByOther = "TASK_CLAIMED_BY_OTHER";

    /// <summary>A task assigned to someone who may not act on it (not a reviewer of a body it is offered to, or the applicant).</summary>
    public const string TaskAssigneeNotEligible = "TASK_ASSIGNEE_NOT_ELIGIBLE";
    public const string VacancyStatusInvalid = "VACANCY_STATUS_INVALID";
    public const string OfficeNotOfBody = "OFFICE_NOT_OF_BODY";
    public const string OfficeInUse = "OFFICE_IN_USE";
    public const string SalaryRangeInvalid = "SALARY_RANGE_INVALID";
    public const string DeadlineInPast = "DEADLINE_IN_PAST";
    public const string DeadlineOnlyLater = "DEADLINE_ONLY_LATER";
    public const string GroupLocked = "GROUP_LOCKED";
    public const string SignatureServiceUnavailable = "SIGNATURE_SERVICE_UNAVAILABLE";
    public const string TimeStampingUnavailable = "TIMESTAMPING_UNAVAILABLE";
    public const string TelegramNotConfigured = "TELEGRAM_NOT_CONFIGURED";
    public const string TooManySavedSearches = "TOO_MANY_SAVED_SEARCHES";
    public const string ExperienceYearsOutOfRange = "EXPERIENCE_YEARS_OUT_OF_RANGE";
    public const string RateLimited = "RATE_LIMITED";
    public const string CitizenNotFound = "CITIZEN_NOT_FOUND";
    public const string RoleInvalid = "ROLE_INVALID";
    public const string LastAdministrator = "LAST_ADMINISTRATOR";
    public const string ConflictOfInterest = "CONFLICT_OF_INTEREST";
    public const string DocumentCannotBeChecked = "DOCUMENT_CANNOT_BE_CHECKED";
    public const string VerificationBusy = "VERIFICATION_BUSY";

    // The workflow engine's errors keep the engine's codes (WorkflowErrorCodes); see WorkflowUserErrors.
    public const string WorkflowDefinitionInvalid = WorkflowErrorCodes.DefinitionInvalid;
    public const string WorkflowDefinitionNotFound = WorkflowErrorCodes.DefinitionNotFound;
    public const string WorkflowInstanceNotFound = WorkflowErrorCodes.InstanceNotFound;
    public const string WorkflowInstanceNotActive = WorkflowErrorCodes.InstanceNotActive;
    public const string WorkflowInstanceHasParent = WorkflowErrorCodes.InstanceHasParent;
    public const string WorkflowStartEventMissing = WorkflowErrorCodes.StartEventMissing;
    public const string WorkflowElementNotFound = WorkflowErrorCodes.ElementNotFound;
    public const string WorkflowTaskNotFound = WorkflowErrorCodes.TaskNotFound;
    public const string WorkflowTaskAlreadyCompleted = WorkflowErrorCodes.TaskAlreadyCompleted;
    public const string WorkflowTaskNotActive = WorkflowErrorCodes.TaskNotActive;
    public const string WorkflowTaskCompletionDenied = WorkflowErrorCodes.TaskCompletionDenied;
    public const string WorkflowTaskAssignmentDenied = WorkflowErrorCodes.TaskAssignmentDenied;
    public const string WorkflowTaskUpdateDenied = WorkflowErrorCodes.TaskUpdateDenied;
    public const string WorkflowAdHocResultInvalid = WorkflowErrorCodes.AdHocResultInvalid;
    public const string WorkflowTaskAlreadyClaimed = WorkflowErrorCodes.TaskAlreadyClaimed;
    public const string WorkflowConcurrencyConflict = WorkflowErrorCodes.ConcurrencyConflict;
    public const string WorkflowIncidentNotFound = WorkflowErrorCodes.IncidentNotFound;
    public const string WorkflowIncidentAlreadyResolved = WorkflowErrorCodes.IncidentAlreadyResolved;
    public const string WorkflowMigrationInvalid = WorkflowErrorCodes.MigrationInvalid;
    public const string WorkflowVariablesInvalid = WorkflowErrorCodes.VariablesInvalid;

    /// <summary>Variables an administrator sent are longer than the API takes (not an engine code: the engine has no limit).</summary>
    public const string WorkflowVariablesTooLarge = "VARIABLES_TOO_LARGE";
    public const string WorkflowHandlerNotFound = WorkflowErrorCodes.HandlerNotFound;
    public const string WorkflowExpressionFailed = WorkflowErrorCodes.ExpressionFailed;

    // Camunda forms (decision 0105): a deployment refused, a task without a form, a submission refused field by field.
    public const string FormInvalid = WorkflowErrorCodes.FormInvalid;
    public const string FormNotFound = WorkflowErrorCodes.FormNotFound;
    public const string FormDataInvalid = WorkflowErrorCodes.FormDataInvalid;
    public const string TaskHasNoForm = "TASK_HAS_NO_FORM";
    public const string FormFieldRequired = FormErrorCodes.Required;
    public const string FormFieldType = FormErrorCodes.Type;
    public const string FormFieldTooShort = FormErrorCodes.TooShort;
    public const string FormFieldTooLong = FormErrorCodes.TooLong;
    public const string FormFieldBelowMin = FormErrorCodes.BelowMin;
    public const string FormFieldAboveMax = FormErrorCodes.AboveMax;
    public const string FormFieldDecimals = FormErrorCodes.Decimals;
    public const string FormFieldPattern = FormErrorCodes.Pattern;
    public const string FormFieldEmail = FormErrorCodes.Email;
    public const string FormFieldPhone = FormErrorCodes.Phone;
    public const string FormFieldOption = FormErrorCodes.Option;
    public const string FormFieldDate = FormErrorCodes.Date;
    public const string FormFieldDatePassed = FormErrorCodes.DatePassed;
    public const string FormFieldUnknown = FormErrorCodes.Unknown;
    public const string FormFieldDocument = FormErrorCodes.Document;
    public const string FormFieldDocumentType = FormErrorCodes.DocumentType;
}
