// The designer's GraphQL operations (types generated into src/api/generated.ts).

export const workflowDefinitionsQuery = /* GraphQL */ `
  query AdminWorkflowDefinitions {
    workflowDefinitions { id key version name resourceName deployedAt }
  }
`;

export const workflowDefinitionQuery = /* GraphQL */ `
  query AdminWorkflowDefinition($key: String!, $version: Int) {
    workflowDefinition(key: $key, version: $version) { id key version name deployedAt bpmnXml }
  }
`;

export const workflowCapabilitiesQuery = /* GraphQL */ `
  query AdminWorkflowCapabilities {
    workflowCapabilities {
      supported { element executable note }
      rejected { element executable note }
    }
  }
`;

export const deployWorkflowMutation = /* GraphQL */ `
  mutation AdminDeployWorkflow($bpmnXml: String!) {
    deployWorkflow(bpmnXml: $bpmnXml) {
      definition { id key version createdNew alsoDeployed { key version } }
      findings { elementId code message }
    }
  }
`;

export const startTestRunMutation = /* GraphQL */ `
  mutation AdminStartWorkflowTestRun($input: StartWorkflowTestRunInput!) {
    startWorkflowTestRun(input: $input) { id isTestRun }
  }
`;
