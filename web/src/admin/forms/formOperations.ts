// The «Формалар» page's GraphQL operations (types generated into src/api/generated.ts).

export const workflowFormsQuery = /* GraphQL */ `
  query AdminWorkflowForms {
    workflowForms { id formId version versionTag deployedAt }
  }
`;

export const workflowFormQuery = /* GraphQL */ `
  query AdminWorkflowForm($formId: String!, $version: Int) {
    workflowForm(formId: $formId, version: $version) { id formId version versionTag deployedAt json }
  }
`;

export const deployWorkflowFormMutation = /* GraphQL */ `
  mutation AdminDeployWorkflowForm($formJson: String!) {
    deployWorkflowForm(formJson: $formJson) {
      created
      form { id formId version }
      findings { elementId code message }
    }
  }
`;
