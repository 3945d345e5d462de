// GraphQL operations of HR's task list and task page. Types are generated into ../api/generated.ts.

export const hrTasksQuery = /* GraphQL */ `
  query HrTasks($filter: HrTaskFilterInput, $sort: HrTaskSort, $first: Int, $after: String) {
    hrTasks(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        name
        stage
        claimedBy
        createdAt
        dueAt
        followUpAt
        priority
        processKey
        isOverdue
        canAssign
        application {
          id
          number
          status
          snapshot { applicantName }
          vacancy { id code title { text } }
          office { id name { text } }
        }
      }
    }
  }
`;

/** Only what the task page needs to find its task among the open ones. */
export const hrTaskQuery = /* GraphQL */ `
  query HrTaskById($id: ID!) {
    hrTask(id: $id) { id name stage claimedBy createdAt dueAt isOverdue application { id } form { formId version schema data } }
  }
`;

/** A task with a Camunda form, completed with the form's data (a JSON object); refusals come field by field. */
export const completeTaskFormMutation = /* GraphQL */ `
  mutation CompleteTaskForm($taskId: ID!, $data: String!) {
    completeTaskForm(taskId: $taskId, data: $data)
  }
`;

export const hrApplicationQuery = /* GraphQL */ `
  query HrApplication($id: ID!) {
    application(id: $id) {
      id
      number
      status
      signedAt
      testScore
      reason
      documentUrl
      signedDocumentSha256
      vacancy { id code title { text } group }
      office { id name { text } address { text } }
      snapshot {
        createdAt
        applicantName
        applicantDateOfBirth
        applicantEmail
        applicantPhone
        applicantAddress
        vacancyTitle
        stateBody
        officeName
        officeAddress
        documents { id kind label url }
        education
        work
      }
      timeline { status at actor reason score }
    }
  }
`;

export const hrVacancyChoicesQuery = /* GraphQL */ `
  query HrVacancyChoices {
    hrVacancies(first: 100) { nodes { id code title { text } status } }
  }
`;

export const claimTaskMutation = /* GraphQL */ `
  mutation ClaimTask($taskId: ID!) { claimTask(taskId: $taskId) }
`;

export const unclaimTaskMutation = /* GraphQL */ `
  mutation UnclaimTask($taskId: ID!) { unclaimTask(taskId: $taskId) }
`;

/** A lead reviewer's (or an administrator's) choice of colleague for a task. */
export const taskAssigneesQuery = /* GraphQL */ `
  query TaskAssignees($taskId: ID!) { hrTaskAssignees(taskId: $taskId) { id name } }
`;

export const assignTaskMutation = /* GraphQL */ `
  mutation AssignTask($taskId: ID!, $assigneeId: ID!) { assignTask(taskId: $taskId, assigneeId: $assigneeId) }
`;

export const taskBodyChoicesQuery = /* GraphQL */ `
  query TaskBodyChoices { stateBodies { id code name { text } } }
`;

export const decideDocumentReviewMutation = /* GraphQL */ `
  mutation DecideDocumentReview($taskId: ID!, $admit: Boolean!, $reason: String) {
    decideDocumentReview(taskId: $taskId, admit: $admit, reason: $reason) { id status }
  }
`;

export const recordTestResultMutation = /* GraphQL */ `
  mutation RecordTestResult($taskId: ID!, $score: Int!) {
    recordTestResult(taskId: $taskId, score: $score) { id status testScore }
  }
`;

export const decideInterviewMutation = /* GraphQL */ `
  mutation DecideInterview($taskId: ID!, $outcome: InterviewOutcome!, $reason: String) {
    decideInterview(taskId: $taskId, outcome: $outcome, reason: $reason) { id status }
  }
`;

export const taskProcessChoicesQuery = /* GraphQL */ `
  query TaskProcessChoices { hrTaskProcesses { key name } }
`;
