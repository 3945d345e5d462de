// The GraphQL operations the portal sends. Their result types are generated into ./generated.ts
// by `npm run codegen` from schema/kyzmat.graphql (the server's SDL).

export const referenceDataQuery = /* GraphQL */ `
  query ReferenceData {
    regions { code name { text } }
    stateBodies { id code name { text } shortName { text } }
  }
`;

export const vacanciesQuery = /* GraphQL */ `
  query Vacancies($first: Int, $after: String, $filter: VacancyFilterInput, $sort: VacancySort) {
    vacancies(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        code
        title { text }
        group
        salaryMin
        salaryMax
        deadline
        publishedAt
        stateBody { id shortName { text } }
        offices { id region { code name { text } } }
      }
    }
  }
`;

export const vacancyQuery = /* GraphQL */ `
  query Vacancy($code: String!) {
    vacancy(code: $code) {
      id
      code
      title { text }
      description { text }
      requirements { text }
      group
      status
      employment
      salaryMin
      salaryMax
      publishedAt
      deadline
      isOpen
      stateBody { id name { text } shortName { text } email phone }
      offices { id code name { text } address { text } region { code name { text } } }
    }
  }
`;
