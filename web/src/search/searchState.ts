import type { PositionGroup, VacancyFilterInput, VacancySort } from '../api/generated';

export const positionGroups: readonly PositionGroup[] = ['HIGHEST', 'MAIN', 'SENIOR', 'JUNIOR'];
export const sorts: readonly VacancySort[] = ['RELEVANCE', 'NEWEST', 'DEADLINE', 'SALARY'];
/** Best match first when there are words, newest first otherwise (the server decides). */
export const defaultSort: VacancySort = 'RELEVANCE';

/** What the citizen searches for; kept in the address (?q=…&body=…&region=…&group=…&salary=…&sort=…). */
export interface SearchState {
  text: string;
  stateBodyId: string | null;
  regionCode: string | null;
  group: PositionGroup | null;
  salaryFrom: number | null;
  sort: VacancySort;
}

export const emptySearch: SearchState = {
  text: '', stateBodyId: null, regionCode: null, group: null, salaryFrom: null, sort: defaultSort,
};

const maxTextLength = 200;

/** Reads a search from the address's query; anything malformed is ignored rather than failing. */
export function searchFromQuery(query: string | URLSearchParams): SearchState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const text = (params.get('q') ?? '').trim().slice(0, maxTextLength);
  const group = params.get('group');
  const sort = params.get('sort');
  return {
    text,
    stateBodyId: nonEmpty(params.get('body')),
    regionCode: nonEmpty(params.get('region')),
    group: positionGroups.includes(group as PositionGroup) ? (group as PositionGroup) : null,
    salaryFrom: parseSalary(params.get('salary')),
    sort: sorts.includes(sort as VacancySort) ? (sort as VacancySort) : defaultSort,
  };
}

/** Writes a search as a query string ("" for the empty search); defaults are left out. */
export function searchToQuery(search: SearchState): string {
  const params = new URLSearchParams();
  const text = search.text.trim();
  if (text) params.set('q', text);
  if (search.stateBodyId) params.set('body', search.stateBodyId);
  if (search.regionCode) params.set('region', search.regionCode);
  if (search.group) params.set('group', search.group);
  if (search.salaryFrom !== null && search.salaryFrom > 0) params.set('salary', String(search.salaryFrom));
  if (search.sort !== defaultSort) params.set('sort', search.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The API's filter for a search (only the conditions set). */
export function searchToFilter(search: SearchState): VacancyFilterInput {
  const filter: VacancyFilterInput = {};
  const text = search.text.trim();
  if (text) filter.text = text;
  if (search.stateBodyId) filter.stateBodyIds = [search.stateBodyId];
  if (search.regionCode) filter.regionCodes = [search.regionCode];
  if (search.group) filter.groups = [search.group];
  if (search.salaryFrom !== null && search.salaryFrom > 0) filter.salaryFrom = search.salaryFrom;
  return filter;
}

/** A salary typed by a person: digits, perhaps with spaces as thousands separators; else null. */
export function parseSalary(value: string | null | undefined): number | null {
  const digits = (value ?? '').replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d{1,9}$/.test(digits)) return null;
  const amount = Number(digits);
  return amount > 0 ? amount : null;
}

function nonEmpty(value: string | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, 100) : null;
}
