// GraphQL operations of HR's vacancies and personnel reserve. Types are generated into ../api/generated.ts.

export const hrVacanciesQuery = /* GraphQL */ `
  query HrVacancies($statuses: [VacancyStatus!], $text: String, $first: Int, $after: String) {
    hrVacancies(statuses: $statuses, text: $text, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        code
        title { text }
        status
        group
        deadline
        publishedAt
        isOpen
        stateBody { id shortName { text } }
      }
    }
  }
`;

export const hrVacancyQuery = /* GraphQL */ `
  query HrVacancy($id: ID!) {
    vacancy(id: $id) {
      id
      code
      status
      isOpen
      publishedAt
      cancellationReason
      title { ky ru en text }
      description { ky ru en }
      requirements { ky ru en }
      unit { ky ru en }
      requiredDocuments { ky ru en }
      requiredEducation
      minExperienceYears
      stateLanguageLevel
      group
      employment
      salaryMin
      salaryMax
      deadline
      offices { id }
      amendments { id at text { text } }
      stateBody { id name { text } offices { id name { text } address { text } } }
    }
  }
`;

export const hrStateBodiesQuery = /* GraphQL */ `
  query HrStateBodies {
    stateBodies { id code name { text } offices { id name { text } address { text } } }
  }
`;

export const createVacancyMutation = /* GraphQL */ `
  mutation CreateVacancy($stateBodyId: ID!, $input: VacancyInput!) {
    createVacancy(stateBodyId: $stateBodyId, input: $input) { id code }
  }
`;

export const updateVacancyMutation = /* GraphQL */ `
  mutation UpdateVacancy($id: ID!, $input: VacancyInput!) {
    updateVacancy(id: $id, input: $input) {
      vacancy { id }
      amendment { id at text { text } }
    }
  }
`;

export const publishVacancyMutation = /* GraphQL */ `
  mutation PublishVacancy($id: ID!) { publishVacancy(id: $id) { id status } }
`;

export const closeVacancyMutation = /* GraphQL */ `
  mutation CloseVacancy($id: ID!) { closeVacancy(id: $id) { id status } }
`;

export const cancelVacancyMutation = /* GraphQL */ `
  mutation CancelVacancy($id: ID!, $reason: String!) { cancelVacancy(id: $id, reason: $reason) { id status } }
`;

export const personnelReserveQuery = /* GraphQL */ `
  query PersonnelReserve($group: PositionGroup, $first: Int) {
    personnelReserve(group: $group, first: $first) {
      id
      group
      startsOn
      endsOn
      status
      applicationId
      stateBody { id shortName { text } }
      sourceVacancy { id code title { text } }
    }
  }
`;
