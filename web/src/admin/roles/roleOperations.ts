export const rolesQuery = /* GraphQL */ `
  query AdminRoles {
    roleGrants { id citizenName pin role grantedAt stateBody { id code } }
    stateBodies {
      id code name { text }
      offices { id code name { text } address { text } region { name { text } } }
    }
  }
`;

export const grantRoleMutation = /* GraphQL */ `
  mutation AdminGrantRole($pin: String!, $role: GrantableRole!, $stateBodyId: ID) {
    grantRole(pin: $pin, role: $role, stateBodyId: $stateBodyId) { id }
  }
`;

export const revokeRoleMutation = /* GraphQL */ `
  mutation AdminRevokeRole($id: ID!) { revokeRole(id: $id) }
`;
