/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type AlertFrequency =
  | 'DAILY'
  | 'IMMEDIATELY';

export type ApplicationNextStep =
  | 'ADDED_STEP'
  | 'CHOOSE_OFFICE'
  | 'DOCUMENT_REVIEW'
  | 'ENTER_CODE'
  | 'INTERVIEW'
  | 'NONE'
  | 'READ_AND_SIGN'
  | 'TESTING';

export type ApplicationStatus =
  | 'ADMITTED_TO_TESTING'
  | 'APPOINTED'
  | 'AWAITING_SIGNATURE'
  | 'CANCELLED'
  | 'DOCUMENT_READY'
  | 'DRAFT'
  | 'FILED'
  | 'INTERVIEW'
  | 'IN_RESERVE'
  | 'REFUSED'
  | 'WITHDRAWN';

/** How soon applications close, from now: within 3 days; in 3–7 days; in 7–30 days; later. */
export type DeadlineWindow =
  | 'LATER'
  | 'WITHIN_3_DAYS'
  | 'WITHIN_7_DAYS'
  | 'WITHIN_30_DAYS';

export type DeliveryState =
  | 'FAILED'
  | 'PENDING'
  | 'SENDING'
  | 'SENT'
  | 'SKIPPED';

export type EducationLevel =
  | 'HIGHER'
  | 'SECONDARY_VOCATIONAL';

export type EmploymentType =
  | 'FULL_TIME'
  | 'PART_TIME';

export type GrantableRole =
  /** Administrator of the portal. */
  | 'ADMIN'
  /** HR reviewer of one state body. */
  | 'HR'
  /** Lead reviewer of one state body: reviews, and assigns the body's tasks to colleagues. */
  | 'HR_LEAD';

export type HrTaskFilterInput = {
  dueBefore?: string | null | undefined;
  /** Only the tasks assigned to the caller. */
  mineOnly?: boolean | null | undefined;
  overdueOnly?: boolean | null | undefined;
  /** The BPMN process id of the task's process, e.g. application-lifecycle. */
  processKey?: string | null | undefined;
  stage?: string | null | undefined;
  /** The tasks offered to this state body's reviewers (candidate group hr:<code>). */
  stateBodyId?: string | number | null | undefined;
  /** Only the tasks nobody has claimed. */
  unassignedOnly?: boolean | null | undefined;
  vacancyId?: string | number | null | undefined;
};

/** CREATED: oldest first; DUE: soonest due first, tasks without a due date last; PRIORITY: highest priority first. */
export type HrTaskSort =
  | 'CREATED'
  | 'DUE'
  | 'PRIORITY';

export type InterviewOutcome =
  | 'REFUSED'
  | 'RESERVE'
  | 'WINNER';

/** CEFR levels as «Кыргызтест» certifies the state language, and NATIVE. */
export type LanguageLevel =
  | 'A1'
  | 'A2'
  | 'B1'
  | 'B2'
  | 'C1'
  | 'C2'
  | 'NATIVE';

export type LanguageSkillInput = {
  language: string;
  level: LanguageLevel;
};

/** A text in Kyrgyz and Russian (both required), and English if there is one. */
export type LocalizedTextInput = {
  en?: string | null | undefined;
  ky: string;
  ru: string;
};

export type MaritalStatus =
  | 'DIVORCED'
  | 'MARRIED'
  | 'SINGLE'
  | 'WIDOWED';

export type NotificationChannel =
  | 'EMAIL'
  | 'PORTAL'
  | 'TELEGRAM';

export type NotificationKind =
  | 'APPLICATION_STATUS'
  | 'DEADLINE_REMINDER'
  | 'HR_TASK'
  | 'RESERVE'
  | 'VACANCY_ALERT';

/** Civil-service position groups: highest («эң жогорку»), main («башкы»), senior («улук»), junior («кенже»). */
export type PositionGroup =
  | 'HIGHEST'
  | 'JUNIOR'
  | 'MAIN'
  | 'SENIOR';

export type PostType =
  | 'MUNICIPAL_SERVICE'
  | 'OTHER'
  | 'STATE_CIVIL_SERVICE';

export type ReserveEntryStatus =
  | 'ACTIVE'
  | 'EXPIRED';

/** Ranges of the top of a vacancy's salary, in soms: below 20,000; 20,000–39,999; 40,000–59,999; 60,000 and more. */
export type SalaryBand =
  | 'BELOW_20000'
  | 'FROM_20000_TO_40000'
  | 'FROM_40000_TO_60000'
  | 'FROM_60000';

export type SaveEducationInput = {
  documentId?: string | number | null | undefined;
  endDate?: string | null | undefined;
  field: string;
  form: StudyForm;
  institution: string;
  qualification: string;
  speciality: string;
  startDate: string;
};

export type SaveWorkExperienceInput = {
  areas: Array<string>;
  department?: string | null | undefined;
  documentId?: string | number | null | undefined;
  endDate?: string | null | undefined;
  organisation: string;
  position: string;
  postType: PostType;
  startDate: string;
};

export type Sex =
  | 'FEMALE'
  | 'MALE';

export type SignInMethod =
  | 'EMAIL_CODE'
  | 'ESI'
  | 'PASSWORD';

export type SignInOutcome =
  | 'CODE_REJECTED'
  | 'LOCKED_OUT'
  | 'SUCCEEDED'
  | 'WRONG_CODE'
  | 'WRONG_CREDENTIALS';

export type StartWorkflowTestRunInput = {
  /** The process key (the BPMN process id). */
  key: string;
  /** The instance's variables as one JSON object (at most 256 K characters). */
  variables?: string | null | undefined;
  /** The version to run; the latest when left out. */
  version?: number | null | undefined;
};

export type StudyForm =
  | 'DISTANCE'
  | 'EVENING'
  | 'FULL_TIME'
  | 'PART_TIME';

export type UpdateAdditionalInformationInput = {
  about?: string | null | undefined;
  awards?: string | null | undefined;
  computerSkills?: string | null | undefined;
  languages: Array<LanguageSkillInput>;
  scientificDegree?: string | null | undefined;
};

export type UpdatePersonalInformationInput = {
  address?: string | null | undefined;
  citizenship?: string | null | undefined;
  district?: string | null | undefined;
  maritalStatus?: MaritalStatus | null | undefined;
  phone?: string | null | undefined;
  regionCode?: string | null | undefined;
  sex?: Sex | null | undefined;
};

export type VacancyFilterInput = {
  deadlineBefore?: string | null | undefined;
  /** Vacancies closing in one of these windows. */
  deadlineWindows?: Array<DeadlineWindow> | null | undefined;
  groups?: Array<PositionGroup> | null | undefined;
  /** Only vacancies accepting applications now (default true). */
  openOnly?: boolean | null | undefined;
  /** Vacancies with an office in one of these regions. */
  regionCodes?: Array<string> | null | undefined;
  /** Vacancies in one of these salary bands. */
  salaryBands?: Array<SalaryBand> | null | undefined;
  /** Salary up to at least this many soms. */
  salaryFrom?: number | null | undefined;
  stateBodyIds?: Array<string | number> | null | undefined;
  /** Words to find in the title, duties, requirements and the state body's name, in any language, case and word form, typos forgiven; at most 500 characters (SEARCH_TEXT_TOO_LONG). */
  text?: string | null | undefined;
};

/** A vacancy as HR writes it; once someone has applied, a change of the requirements is published as an amendment. */
export type VacancyInput = {
  /** The last moment applications are accepted; a published vacancy's can only move later. */
  deadline: string;
  /** The duties. */
  description: LocalizedTextInput;
  employment: EmploymentType;
  group: PositionGroup;
  /** 0–40. */
  minExperienceYears?: number | null | undefined;
  /** The body's offices where one may apply («Кеңсе»); at least one. */
  officeIds: Array<string | number>;
  requiredDocuments?: LocalizedTextInput | null | undefined;
  requiredEducation?: EducationLevel | null | undefined;
  /** Qualification requirements: education, experience, state-language level. */
  requirements: LocalizedTextInput;
  /** Monthly salary up to, in soms. */
  salaryMax: number;
  /** Monthly salary from, in soms. */
  salaryMin: number;
  stateLanguageLevel?: LanguageLevel | null | undefined;
  title: LocalizedTextInput;
  /** The structural unit (department). */
  unit?: LocalizedTextInput | null | undefined;
};

/** RELEVANCE: best match first when there is text, else as NEWEST; NEWEST: latest publications first; DEADLINE: closest deadline first; SALARY: highest salary first. */
export type VacancySort =
  | 'DEADLINE'
  | 'NEWEST'
  | 'RELEVANCE'
  | 'SALARY';

export type VacancyStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'DRAFT'
  | 'PUBLISHED';

export type VerificationBasis =
  | 'EMBEDDED_SIGNATURE'
  | 'REGISTRY_HASH';

export type VerificationVerdict =
  | 'ALTERED'
  | 'NOT_SIGNED'
  | 'REVOKED'
  | 'UNKNOWN'
  | 'VALID';

export type WorkflowIncidentState =
  /** Its token is stopped until someone resolves it. */
  | 'OPEN'
  /** Retried or resolved; the token went on. */
  | 'RESOLVED';

export type WorkflowInstanceFilterInput = {
  businessKey?: string | null | undefined;
  definitionKey?: string | null | undefined;
  /** Only test runs (true) or only the others (false). */
  isTestRun?: boolean | null | undefined;
  state?: WorkflowInstanceState | null | undefined;
  /** The definition's version. */
  version?: number | null | undefined;
};

export type WorkflowInstanceState =
  /** Running: at least one token waits somewhere (or is stopped by an incident). */
  | 'ACTIVE'
  /** Cancelled by someone. */
  | 'CANCELLED'
  /** Reached its end. */
  | 'COMPLETED';

export type AdminFailedDeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminFailedDeliveriesQuery = { failedNotificationDeliveries: Array<{ id: string, channel: NotificationChannel, state: DeliveryState, attempts: number, lastError: string | null, kind: NotificationKind, createdAt: string }> };

export type AdminRetryDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRetryDeliveryMutation = { retryNotificationDelivery: { id: string, state: DeliveryState, attempts: number } };

export type AdminWorkflowFormsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminWorkflowFormsQuery = { workflowForms: Array<{ id: string, formId: string, version: number, versionTag: string | null, deployedAt: string }> };

export type AdminWorkflowFormQueryVariables = Exact<{
  formId: string;
  version?: number | null | undefined;
}>;


export type AdminWorkflowFormQuery = { workflowForm: { id: string, formId: string, version: number, versionTag: string | null, deployedAt: string, json: string } | null };

export type AdminDeployWorkflowFormMutationVariables = Exact<{
  formJson: string;
}>;


export type AdminDeployWorkflowFormMutation = { deployWorkflowForm: { created: boolean, form: { id: string, formId: string, version: number } | null, findings: Array<{ elementId: string | null, code: string, message: string }> } };

export type AdminWorkflowInstancesQueryVariables = Exact<{
  filter?: WorkflowInstanceFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminWorkflowInstancesQuery = { workflowInstances: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, state: WorkflowInstanceState, definitionKey: string, definitionVersion: number, businessKey: string | null, isTestRun: boolean, startedAt: string, endedAt: string | null, openIncidentCount: number }> } };

export type AdminWorkflowProcessKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminWorkflowProcessKeysQuery = { workflowDefinitions: Array<{ id: string, key: string, version: number }> };

export type AdminWorkflowInstanceQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminWorkflowInstanceQuery = { workflowInstance: { id: string, state: WorkflowInstanceState, definitionId: string, definitionKey: string, definitionVersion: number, businessKey: string | null, isTestRun: boolean, startedAt: string, endedAt: string | null, openIncidentCount: number, variables: string, activeElements: Array<{ elementId: string, count: number }>, history: Array<{ sequence: unknown, eventType: string, elementId: string | null, actor: string | null, data: string | null, occurredAt: string }>, incidents: Array<{ id: string, instanceId: string, calledFrom: string | null, elementId: string, code: string, message: string, state: WorkflowIncidentState, createdAt: string, resolvedAt: string | null }> } | null };

export type AdminInstanceDiagramQueryVariables = Exact<{
  key: string;
  version?: number | null | undefined;
}>;


export type AdminInstanceDiagramQuery = { workflowDefinition: { id: string, bpmnXml: string | null } | null };

export type AdminRetryIncidentMutationVariables = Exact<{
  incidentId: string | number;
}>;


export type AdminRetryIncidentMutation = { retryWorkflowIncident: { id: string, state: WorkflowInstanceState, openIncidentCount: number } };

export type AdminCancelInstanceMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminCancelInstanceMutation = { cancelWorkflowInstance: { id: string, state: WorkflowInstanceState, endedAt: string | null } };

export type AdminCancelWorkflowTestRunsMutationVariables = Exact<{
  key?: string | null | undefined;
}>;


export type AdminCancelWorkflowTestRunsMutation = { cancelWorkflowTestRuns: number };

export type AdminOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOverviewQuery = { workflowDefinitions: Array<{ id: string, key: string }>, activeInstances: { totalCount: number }, workflowIncidents: { totalCount: number }, failedNotificationDeliveries: Array<{ id: string }> };

export type AdminRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminRolesQuery = { roleGrants: Array<{ id: string, citizenName: string, pin: string, role: GrantableRole, grantedAt: string, stateBody: { id: string, code: string } | null }>, stateBodies: Array<{ id: string, code: string, name: { text: string }, offices: Array<{ id: string, code: string, name: { text: string }, address: { text: string }, region: { name: { text: string } } }> }> };

export type AdminGrantRoleMutationVariables = Exact<{
  pin: string;
  role: GrantableRole;
  stateBodyId?: string | number | null | undefined;
}>;


export type AdminGrantRoleMutation = { grantRole: { id: string } };

export type AdminRevokeRoleMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRevokeRoleMutation = { revokeRole: boolean };

export type AdminWorkflowDefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminWorkflowDefinitionsQuery = { workflowDefinitions: Array<{ id: string, key: string, version: number, name: string | null, resourceName: string | null, deployedAt: string }> };

export type AdminWorkflowDefinitionQueryVariables = Exact<{
  key: string;
  version?: number | null | undefined;
}>;


export type AdminWorkflowDefinitionQuery = { workflowDefinition: { id: string, key: string, version: number, name: string | null, deployedAt: string, bpmnXml: string | null } | null };

export type AdminWorkflowCapabilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminWorkflowCapabilitiesQuery = { workflowCapabilities: { supported: Array<{ element: string, executable: boolean, note: string }>, rejected: Array<{ element: string, executable: boolean, note: string }> } };

export type AdminDeployWorkflowMutationVariables = Exact<{
  bpmnXml: string;
}>;


export type AdminDeployWorkflowMutation = { deployWorkflow: { definition: { id: string, key: string, version: number, createdNew: boolean, alsoDeployed: Array<{ key: string, version: number }> } | null, findings: Array<{ elementId: string | null, code: string, message: string }> } };

export type AdminStartWorkflowTestRunMutationVariables = Exact<{
  input: StartWorkflowTestRunInput;
}>;


export type AdminStartWorkflowTestRunMutation = { startWorkflowTestRun: { id: string, isTestRun: boolean } };

export type ReferenceDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceDataQuery = { regions: Array<{ code: string, name: { text: string } }>, stateBodies: Array<{ id: string, code: string, name: { text: string }, shortName: { text: string } }> };

export type VacanciesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: VacancyFilterInput | null | undefined;
  sort?: VacancySort | null | undefined;
  withFacets: boolean;
}>;


export type VacanciesQuery = { vacancies: { totalCount: number, totalCountIsExact: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ snippet: Array<{ text: string, matched: boolean }>, node: { id: string, code: string, group: PositionGroup, salaryMin: number, salaryMax: number, deadline: string, publishedAt: string | null, title: { text: string }, stateBody: { id: string, shortName: { text: string } }, offices: Array<{ id: string, region: { code: string, name: { text: string } } }> } }>, facets?: { stateBodies: Array<{ value: string, count: number, label: { text: string } | null }>, regions: Array<{ value: string, count: number, label: { text: string } | null }>, groups: Array<{ value: string, count: number }>, salaryBands: Array<{ value: string, count: number }>, deadlineWindows: Array<{ value: string, count: number }> } } };

export type VacancySuggestionsQueryVariables = Exact<{
  text: string;
}>;


export type VacancySuggestionsQuery = { vacancySuggestions: Array<{ text: string, stateBodyId: string | null }> };

export type VacancyQueryVariables = Exact<{
  code: string;
}>;


export type VacancyQuery = { vacancy: { id: string, code: string, group: PositionGroup, status: VacancyStatus, employment: EmploymentType, salaryMin: number, salaryMax: number, publishedAt: string | null, deadline: string, isOpen: boolean, title: { text: string }, description: { text: string }, requirements: { text: string }, stateBody: { id: string, email: string | null, phone: string | null, name: { text: string }, shortName: { text: string } }, offices: Array<{ id: string, code: string, name: { text: string }, address: { text: string }, region: { code: string, name: { text: string } } }> } | null };

export type ApplyForVacancyMutationVariables = Exact<{
  vacancyId: string | number;
}>;


export type ApplyForVacancyMutation = { applyForVacancy: { id: string } };

export type ActiveApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveApplicationsQuery = { me: { id: string, applications: Array<{ id: string, status: ApplicationStatus, vacancy: { id: string } }>, favouriteVacancies: Array<{ id: string }> } };

export type AddFavouriteMutationVariables = Exact<{
  vacancyId: string | number;
}>;


export type AddFavouriteMutation = { addFavouriteVacancy: boolean };

export type RemoveFavouriteVacancyMutationVariables = Exact<{
  vacancyId: string | number;
}>;


export type RemoveFavouriteVacancyMutation = { removeFavouriteVacancy: boolean };

export type ApplicationDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ApplicationDetailsQuery = { application: { id: string, number: string, status: ApplicationStatus, nextStep: ApplicationNextStep, canWithdraw: boolean, language: string, createdAt: string, updatedAt: string, signedAt: string | null, testScore: number | null, reason: string | null, signedDocumentSha256: string | null, documentUrl: string | null, vacancy: { id: string, code: string, deadline: string, isOpen: boolean, title: { text: string }, stateBody: { name: { text: string } }, offices: Array<{ id: string, name: { text: string }, address: { text: string }, region: { name: { text: string } } }> }, office: { id: string, name: { text: string }, address: { text: string } } | null, snapshot: { createdAt: string, applicantName: string, applicantDateOfBirth: string, applicantEmail: string | null, applicantPhone: string | null, applicantAddress: string | null, vacancyTitle: string, stateBody: string, officeName: string, officeAddress: string, education: Array<string>, work: Array<string>, wording: { language: string, addressee: string, title: string, request: string, education: Array<string>, work: Array<string>, consents: Array<string>, date: string } } | null, timeline: Array<{ status: ApplicationStatus, at: string, actor: string, reason: string | null, score: number | null }>, currentStep: { name: { text: string } } | null, addedSteps: Array<{ reachedAt: string, completedAt: string | null, name: { text: string } }> } };

export type ApplicationFieldsFragment = { id: string, number: string, status: ApplicationStatus, nextStep: ApplicationNextStep, canWithdraw: boolean, language: string, createdAt: string, updatedAt: string, signedAt: string | null, testScore: number | null, reason: string | null, signedDocumentSha256: string | null, documentUrl: string | null, vacancy: { id: string, code: string, deadline: string, isOpen: boolean, title: { text: string }, stateBody: { name: { text: string } }, offices: Array<{ id: string, name: { text: string }, address: { text: string }, region: { name: { text: string } } }> }, office: { id: string, name: { text: string }, address: { text: string } } | null, snapshot: { createdAt: string, applicantName: string, applicantDateOfBirth: string, applicantEmail: string | null, applicantPhone: string | null, applicantAddress: string | null, vacancyTitle: string, stateBody: string, officeName: string, officeAddress: string, education: Array<string>, work: Array<string>, wording: { language: string, addressee: string, title: string, request: string, education: Array<string>, work: Array<string>, consents: Array<string>, date: string } } | null, timeline: Array<{ status: ApplicationStatus, at: string, actor: string, reason: string | null, score: number | null }>, currentStep: { name: { text: string } } | null, addedSteps: Array<{ reachedAt: string, completedAt: string | null, name: { text: string } }> };

export type CreateApplicationDocumentMutationVariables = Exact<{
  applicationId: string | number;
  officeId: string | number;
}>;


export type CreateApplicationDocumentMutation = { createApplicationDocument: { id: string } };

export type ChangeApplicationOfficeMutationVariables = Exact<{
  applicationId: string | number;
}>;


export type ChangeApplicationOfficeMutation = { changeApplicationOffice: { id: string } };

export type RequestApplicationSignatureMutationVariables = Exact<{
  applicationId: string | number;
}>;


export type RequestApplicationSignatureMutation = { requestApplicationSignature: { id: string } };

export type ResendApplicationSigningCodeMutationVariables = Exact<{
  applicationId: string | number;
}>;


export type ResendApplicationSigningCodeMutation = { resendApplicationSigningCode: boolean };

export type ConfirmApplicationSignatureMutationVariables = Exact<{
  applicationId: string | number;
  code: string;
}>;


export type ConfirmApplicationSignatureMutation = { confirmApplicationSignature: { id: string } };

export type WithdrawApplicationMutationVariables = Exact<{
  applicationId: string | number;
}>;


export type WithdrawApplicationMutation = { withdrawApplication: { id: string } };

export type MySavedSearchesQueryVariables = Exact<{ [key: string]: never; }>;


export type MySavedSearchesQuery = { me: { id: string, savedSearches: Array<{ id: string, frequency: AlertFrequency, text: string | null, stateBodyIds: Array<string>, regionCodes: Array<string>, groups: Array<PositionGroup>, salaryFrom: number | null }> } };

export type DeleteSavedSearchMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSavedSearchMutation = { deleteSavedSearch: boolean };

export type CabinetSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type CabinetSummaryQuery = { me: { id: string, fullName: string | null, dateOfBirth: string | null, unreadNotificationCount: number, completion: { percent: number, isComplete: boolean, missing: Array<string> } } };

export type PersonalInformationQueryVariables = Exact<{ [key: string]: never; }>;


export type PersonalInformationQuery = { me: { id: string, profile: { sex: Sex | null, citizenship: string | null, phone: string | null, regionCode: string | null, district: string | null, address: string | null, maritalStatus: MaritalStatus | null } | null }, regions: Array<{ code: string, name: { text: string } }> };

export type UpdatePersonalInformationMutationVariables = Exact<{
  input: UpdatePersonalInformationInput;
}>;


export type UpdatePersonalInformationMutation = { updatePersonalInformation: { updatedAt: string } };

export type AdditionalInformationQueryVariables = Exact<{ [key: string]: never; }>;


export type AdditionalInformationQuery = { me: { id: string, profile: { computerSkills: string | null, awards: string | null, scientificDegree: string | null, about: string | null, languages: Array<{ language: string, level: LanguageLevel }> } | null } };

export type UpdateAdditionalInformationMutationVariables = Exact<{
  input: UpdateAdditionalInformationInput;
}>;


export type UpdateAdditionalInformationMutation = { updateAdditionalInformation: { updatedAt: string } };

export type EducationsQueryVariables = Exact<{ [key: string]: never; }>;


export type EducationsQuery = { me: { id: string, educations: Array<{ id: string, institution: string, speciality: string, qualification: string, startDate: string, endDate: string | null, form: StudyForm, field: string, documentId: string | null }> } };

export type SaveEducationMutationVariables = Exact<{
  id?: string | number | null | undefined;
  input: SaveEducationInput;
}>;


export type SaveEducationMutation = { saveEducation: { id: string } };

export type RemoveEducationMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveEducationMutation = { removeEducation: boolean };

export type WorkExperiencesQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkExperiencesQuery = { me: { id: string, workExperiences: Array<{ id: string, organisation: string, department: string | null, position: string, postType: PostType, areas: Array<string>, startDate: string, endDate: string | null, documentId: string | null }>, experience: { totalYears: number, civilServiceYears: number } } };

export type SaveWorkExperienceMutationVariables = Exact<{
  id?: string | number | null | undefined;
  input: SaveWorkExperienceInput;
}>;


export type SaveWorkExperienceMutation = { saveWorkExperience: { id: string } };

export type RemoveWorkExperienceMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveWorkExperienceMutation = { removeWorkExperience: boolean };

export type MyReserveQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReserveQuery = { me: { id: string, reserveEntries: Array<{ id: string, group: PositionGroup, startsOn: string, endsOn: string, status: ReserveEntryStatus, stateBody: { name: { text: string } }, sourceVacancy: { code: string, title: { text: string } } }> } };

export type SignInHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInHistoryQuery = { me: { id: string, signInHistory: Array<{ at: string, method: SignInMethod, outcome: SignInOutcome, clientAddress: string | null, userAgent: string | null }> } };

export type MyNotificationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyNotificationsQuery = { me: { id: string, unreadNotificationCount: number, notifications: { nodes: Array<{ id: string, kind: NotificationKind, link: string | null, createdAt: string, readAt: string | null, title: { text: string }, body: { text: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, readAt: string | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type MyFavouritesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFavouritesQuery = { me: { id: string, favouriteVacancies: Array<{ id: string, code: string, salaryMin: number, salaryMax: number, deadline: string, isOpen: boolean, title: { text: string }, stateBody: { shortName: { text: string } } }> } };

export type RemoveFavouriteMutationVariables = Exact<{
  vacancyId: string | number;
}>;


export type RemoveFavouriteMutation = { removeFavouriteVacancy: boolean };

export type MyApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApplicationsQuery = { me: { id: string, applications: Array<{ id: string, number: string, status: ApplicationStatus, nextStep: ApplicationNextStep, updatedAt: string, currentStep: { name: { text: string } } | null, vacancy: { code: string, title: { text: string }, stateBody: { shortName: { text: string } } } }> } };

export type MyTelegramQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTelegramQuery = { me: { id: string, telegram: { available: boolean, linked: boolean, linkedAt: string | null }, notificationPreferences: Array<{ kind: NotificationKind, channel: NotificationChannel, enabled: boolean }> } };

export type ConnectTelegramMutationVariables = Exact<{ [key: string]: never; }>;


export type ConnectTelegramMutation = { connectTelegram: { url: string, expiresAt: string } };

export type DisconnectTelegramMutationVariables = Exact<{ [key: string]: never; }>;


export type DisconnectTelegramMutation = { disconnectTelegram: boolean };

export type SetNotificationPreferenceMutationVariables = Exact<{
  kind: NotificationKind;
  channel: NotificationChannel;
  enabled: boolean;
}>;


export type SetNotificationPreferenceMutation = { setNotificationPreference: Array<{ kind: NotificationKind, channel: NotificationChannel, enabled: boolean }> };

export type HrTasksQueryVariables = Exact<{
  filter?: HrTaskFilterInput | null | undefined;
  sort?: HrTaskSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HrTasksQuery = { hrTasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, stage: string | null, claimedBy: string | null, createdAt: string, dueAt: string | null, followUpAt: string | null, priority: number, processKey: string, isOverdue: boolean, canAssign: boolean, application: { id: string, number: string, status: ApplicationStatus, snapshot: { applicantName: string } | null, vacancy: { id: string, code: string, title: { text: string } }, office: { id: string, name: { text: string } } | null } }> } };

export type HrTaskByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type HrTaskByIdQuery = { hrTask: { id: string, name: string, stage: string | null, claimedBy: string | null, createdAt: string, dueAt: string | null, isOverdue: boolean, application: { id: string }, form: { formId: string, version: number, schema: string, data: string } | null } | null };

export type CompleteTaskFormMutationVariables = Exact<{
  taskId: string | number;
  data: string;
}>;


export type CompleteTaskFormMutation = { completeTaskForm: boolean };

export type HrApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type HrApplicationQuery = { application: { id: string, number: string, status: ApplicationStatus, signedAt: string | null, testScore: number | null, reason: string | null, documentUrl: string | null, signedDocumentSha256: string | null, vacancy: { id: string, code: string, group: PositionGroup, title: { text: string } }, office: { id: string, name: { text: string }, address: { text: string } } | null, snapshot: { createdAt: string, applicantName: string, applicantDateOfBirth: string, applicantEmail: string | null, applicantPhone: string | null, applicantAddress: string | null, vacancyTitle: string, stateBody: string, officeName: string, officeAddress: string, education: Array<string>, work: Array<string>, documents: Array<{ id: string, kind: string, label: string, url: string }> } | null, timeline: Array<{ status: ApplicationStatus, at: string, actor: string, reason: string | null, score: number | null }> } };

export type HrVacancyChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type HrVacancyChoicesQuery = { hrVacancies: { nodes: Array<{ id: string, code: string, status: VacancyStatus, title: { text: string } }> } };

export type ClaimTaskMutationVariables = Exact<{
  taskId: string | number;
}>;


export type ClaimTaskMutation = { claimTask: boolean };

export type UnclaimTaskMutationVariables = Exact<{
  taskId: string | number;
}>;


export type UnclaimTaskMutation = { unclaimTask: boolean };

export type TaskAssigneesQueryVariables = Exact<{
  taskId: string | number;
}>;


export type TaskAssigneesQuery = { hrTaskAssignees: Array<{ id: string, name: string }> };

export type AssignTaskMutationVariables = Exact<{
  taskId: string | number;
  assigneeId: string | number;
}>;


export type AssignTaskMutation = { assignTask: boolean };

export type TaskBodyChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskBodyChoicesQuery = { stateBodies: Array<{ id: string, code: string, name: { text: string } }> };

export type DecideDocumentReviewMutationVariables = Exact<{
  taskId: string | number;
  admit: boolean;
  reason?: string | null | undefined;
}>;


export type DecideDocumentReviewMutation = { decideDocumentReview: { id: string, status: ApplicationStatus } };

export type RecordTestResultMutationVariables = Exact<{
  taskId: string | number;
  score: number;
}>;


export type RecordTestResultMutation = { recordTestResult: { id: string, status: ApplicationStatus, testScore: number | null } };

export type DecideInterviewMutationVariables = Exact<{
  taskId: string | number;
  outcome: InterviewOutcome;
  reason?: string | null | undefined;
}>;


export type DecideInterviewMutation = { decideInterview: { id: string, status: ApplicationStatus } };

export type TaskProcessChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskProcessChoicesQuery = { hrTaskProcesses: Array<{ key: string, name: string }> };

export type HrVacanciesQueryVariables = Exact<{
  statuses?: Array<VacancyStatus> | VacancyStatus | null | undefined;
  text?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HrVacanciesQuery = { hrVacancies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, status: VacancyStatus, group: PositionGroup, deadline: string, publishedAt: string | null, isOpen: boolean, title: { text: string }, stateBody: { id: string, shortName: { text: string } } }> } };

export type HrVacancyQueryVariables = Exact<{
  id: string | number;
}>;


export type HrVacancyQuery = { vacancy: { id: string, code: string, status: VacancyStatus, isOpen: boolean, publishedAt: string | null, cancellationReason: string | null, requiredEducation: EducationLevel | null, minExperienceYears: number | null, stateLanguageLevel: LanguageLevel | null, group: PositionGroup, employment: EmploymentType, salaryMin: number, salaryMax: number, deadline: string, title: { ky: string, ru: string, en: string | null, text: string }, description: { ky: string, ru: string, en: string | null }, requirements: { ky: string, ru: string, en: string | null }, unit: { ky: string, ru: string, en: string | null } | null, requiredDocuments: { ky: string, ru: string, en: string | null } | null, offices: Array<{ id: string }>, amendments: Array<{ id: string, at: string, text: { text: string } }>, stateBody: { id: string, name: { text: string }, offices: Array<{ id: string, name: { text: string }, address: { text: string } }> } } | null };

export type HrStateBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type HrStateBodiesQuery = { stateBodies: Array<{ id: string, code: string, name: { text: string }, offices: Array<{ id: string, name: { text: string }, address: { text: string } }> }> };

export type CreateVacancyMutationVariables = Exact<{
  stateBodyId: string | number;
  input: VacancyInput;
}>;


export type CreateVacancyMutation = { createVacancy: { id: string, code: string } };

export type UpdateVacancyMutationVariables = Exact<{
  id: string | number;
  input: VacancyInput;
}>;


export type UpdateVacancyMutation = { updateVacancy: { vacancy: { id: string }, amendment: { id: string, at: string, text: { text: string } } | null } };

export type PublishVacancyMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishVacancyMutation = { publishVacancy: { id: string, status: VacancyStatus } };

export type CloseVacancyMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseVacancyMutation = { closeVacancy: { id: string, status: VacancyStatus } };

export type CancelVacancyMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelVacancyMutation = { cancelVacancy: { id: string, status: VacancyStatus } };

export type PersonnelReserveQueryVariables = Exact<{
  group?: PositionGroup | null | undefined;
  first?: number | null | undefined;
}>;


export type PersonnelReserveQuery = { personnelReserve: Array<{ id: string, group: PositionGroup, startsOn: string, endsOn: string, status: ReserveEntryStatus, applicationId: string, stateBody: { id: string, shortName: { text: string } }, sourceVacancy: { id: string, code: string, title: { text: string } } }> };

export type OpenTaskCountQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenTaskCountQuery = { hrTasks: { totalCount: number } };

export type SaveVacancySearchMutationVariables = Exact<{
  filter: VacancyFilterInput;
  frequency: AlertFrequency;
}>;


export type SaveVacancySearchMutation = { saveVacancySearch: { id: string } };

export type CandidateTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type CandidateTasksQuery = { hrTasks: { totalCount: number, nodes: Array<{ id: string, name: string, dueAt: string | null, claimedBy: string | null, application: { number: string, vacancy: { code: string, title: { text: string } } } }> } };

export type CandidateTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type CandidateTaskQuery = { hrTask: { id: string, name: string, dueAt: string | null, claimedBy: string | null, application: { number: string, vacancy: { code: string, title: { text: string } } }, form: { schema: string, data: string } | null } | null };

export type CandidateTaskCountQueryVariables = Exact<{ [key: string]: never; }>;


export type CandidateTaskCountQuery = { hrTasks: { totalCount: number } };

export type VerifyApplicationQueryVariables = Exact<{
  number: string;
}>;


export type VerifyApplicationQuery = { verifyApplication: { verdict: VerificationVerdict, number: string | null, vacancyCode: string | null, signerMaskedPin: string | null, signedAt: string | null, signedDocumentSha256: string | null, basis: VerificationBasis | null } };
