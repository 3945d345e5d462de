// The process monitor's GraphQL operations (types generated into src/api/generated.ts).

export const workflowInstancesQuery = /* GraphQL */ `
  query AdminWorkflowInstances($filter: WorkflowInstanceFilterInput, $first: Int, $after: String) {
    workflowInstances(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id state definitionKey definitionVersion businessKey isTestRun startedAt endedAt openIncidentCount }
    }
  }
`;

export const workflowProcessKeysQuery = /* GraphQL */ `
  query AdminWorkflowProcessKeys {
    workflowDefinitions { id key version }
  }
`;

export const workflowInstanceQuery = /* GraphQL */ `
  query AdminWorkflowInstance($id: ID!) {
    workflowInstance(id: $id) {
      id state definitionId definitionKey definitionVersion businessKey isTestRun startedAt endedAt openIncidentCount
      activeElements { elementId count }
      variables
      history { sequence eventType elementId actor data occurredAt }
      incidents { id instanceId calledFrom elementId code message state createdAt resolvedAt }
    }
  }
`;

export const instanceDiagramQuery = /* GraphQL */ `
  query AdminInstanceDiagram($key: String!, $version: Int) {
    workflowDefinition(key: $key, version: $version) { id bpmnXml }
  }
`;

export const retryIncidentMutation = /* GraphQL */ `
  mutation AdminRetryIncident($incidentId: ID!) {
    retryWorkflowIncident(incidentId: $incidentId) { id state openIncidentCount }
  }
`;

export const cancelInstanceMutation = /* GraphQL */ `
  mutation AdminCancelInstance($id: ID!) {
    cancelWorkflowInstance(id: $id) { id state endedAt }
  }
`;

export const cancelTestRunsMutation = /* GraphQL */ `
  mutation AdminCancelWorkflowTestRuns($key: String) {
    cancelWorkflowTestRuns(key: $key)
  }
`;
