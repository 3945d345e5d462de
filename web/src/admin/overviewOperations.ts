export const adminOverviewQuery = /* GraphQL */ `
  query AdminOverview {
    workflowDefinitions { id key }
    activeInstances: workflowInstances(filter: { state: ACTIVE }, first: 1) { totalCount }
    workflowIncidents(openOnly: true, pageSize: 1) { totalCount }
    failedNotificationDeliveries(first: 100) { id }
  }
`;
