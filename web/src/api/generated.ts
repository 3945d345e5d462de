/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type EmploymentType =
  | 'FULL_TIME'
  | 'PART_TIME';

/** Civil-service position groups: highest («эң жогорку»), main («башкы»), senior («улук»), junior («кенже»). */
export type PositionGroup =
  | 'HIGHEST'
  | 'JUNIOR'
  | 'MAIN'
  | 'SENIOR';

export type VacancyFilterInput = {
  deadlineBefore?: string | null | undefined;
  groups?: Array<PositionGroup> | null | undefined;
  /** Only vacancies accepting applications now (default true). */
  openOnly?: boolean | null | undefined;
  /** Vacancies with an office in one of these regions. */
  regionCodes?: Array<string> | null | undefined;
  /** Salary up to at least this many soms. */
  salaryFrom?: number | null | undefined;
  stateBodyIds?: Array<string | number> | null | undefined;
  /** Words to find in the title, description and requirements (any language, any case). */
  text?: string | null | undefined;
};

/** NEWEST: latest publications first; DEADLINE: closest deadline first; SALARY: highest salary first. */
export type VacancySort =
  | 'DEADLINE'
  | 'NEWEST'
  | 'SALARY';

export type VacancyStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'DRAFT'
  | 'PUBLISHED';

export type ReferenceDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceDataQuery = { regions: Array<{ code: string, name: { text: string } }>, stateBodies: Array<{ id: string, code: string, name: { text: string }, shortName: { text: string } }> };

export type VacanciesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: VacancyFilterInput | null | undefined;
  sort?: VacancySort | null | undefined;
}>;


export type VacanciesQuery = { vacancies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, group: PositionGroup, salaryMin: number, salaryMax: number, deadline: string, publishedAt: string | null, title: { text: string }, stateBody: { id: string, shortName: { text: string } }, offices: Array<{ id: string, region: { code: string, name: { text: string } } }> }> } };

export type VacancyQueryVariables = Exact<{
  code: string;
}>;


export type VacancyQuery = { vacancy: { id: string, code: string, group: PositionGroup, status: VacancyStatus, employment: EmploymentType, salaryMin: number, salaryMax: number, publishedAt: string | null, deadline: string, isOpen: boolean, title: { text: string }, description: { text: string }, requirements: { text: string }, stateBody: { id: string, email: string | null, phone: string | null, name: { text: string }, shortName: { text: string } }, offices: Array<{ id: string, code: string, name: { text: string }, address: { text: string }, region: { code: string, name: { text: string } } }> } | null };
