// The GraphQL operations the portal sends. Their result types are generated into ./generated.ts
// by `npm run codegen` from schema/kyzmat.graphql (the server's SDL).

export const referenceDataQuery = /* GraphQL */ `
  query ReferenceData {
    regions { code name { text } }
    stateBodies { id code name { text } shortName { text } }
  }
`;

export const vacanciesQuery = /* GraphQL */ `
  query Vacancies($first: Int, $after: String, $filter: VacancyFilterInput, $sort: VacancySort, $withFacets: Boolean!) {
    vacancies(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      totalCountIsExact
      pageInfo { hasNextPage endCursor }
      edges {
        snippet { text matched }
        node {
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
      facets @include(if: $withFacets) {
        stateBodies { value count label { text } }
        regions { value count label { text } }
        groups { value count }
        salaryBands { value count }
        deadlineWindows { value count }
      }
    }
  }
`;

export const vacancySuggestionsQuery = /* GraphQL */ `
  query VacancySuggestions($text: String!) {
    vacancySuggestions(text: $text, first: 8) { text stateBodyId }
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
