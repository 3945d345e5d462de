// A candidate user's tasks (decision 0106): the same API as the HR task list, without the application's signed data.

export const candidateTasksQuery = /* GraphQL */ `
  query CandidateTasks {
    hrTasks(first: 100, sort: DUE) {
      totalCount
      nodes { id name dueAt claimedBy application { number vacancy { code title { text } } } }
    }
  }
`;

export const candidateTaskQuery = /* GraphQL */ `
  query CandidateTask($id: ID!) {
    hrTask(id: $id) {
      id name dueAt claimedBy
      application { number vacancy { code title { text } } }
      form { schema data }
    }
  }
`;

export const candidateTaskCountQuery = /* GraphQL */ `
  query CandidateTaskCount { hrTasks(first: 0) { totalCount } }
`;
