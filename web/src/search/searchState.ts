import type { DeadlineWindow, PositionGroup, SalaryBand, VacancyFilterInput, VacancySort } from '../api/generated';

export const positionGroups: readonly PositionGroup[] = ['HIGHEST', 'MAIN', 'SENIOR', 'JUNIOR'];
export const salaryBands: readonly SalaryBand[] = ['BELOW_20000', 'FROM_20000_TO_40000', 'FROM_40000_TO_60000', 'FROM_60000'];
export const deadlineWindows: readonly DeadlineWindow[] = ['WITHIN_3_DAYS', 'WITHIN_7_DAYS', 'WITHIN_30_DAYS', 'LATER'];
export const sorts: readonly VacancySort[] = ['RELEVANCE', 'NEWEST', 'DEADLINE', 'SALARY'];
/** Best match first when there are words, newest first otherwise (the server decides). */
export const defaultSort: VacancySort = 'RELEVANCE';

/**
 * What the citizen searches for; kept in the address, a filter with several values repeating its parameter
 * (?q=…&body=…&body=…&region=…&group=…&band=…&window=…&salary=…&sort=…).
 */
export interface SearchState {
  text: string;
  stateBodyIds: string[];
  regionCodes: string[];
  groups: PositionGroup[];
  salaryBands: SalaryBand[];
  deadlineWindows: DeadlineWindow[];
  salaryFrom: number | null;
  sort: VacancySort;
}

export const emptySearch: SearchState = {
  text: '', stateBodyIds: [], regionCodes: [], groups: [], salaryBands: [], deadlineWindows: [], salaryFrom: null, sort: defaultSort,
};

const maxTextLength = 200;
const maxValues = 20;

/** Reads a search from the address's query; anything malformed is ignored rather than failing. */
export function searchFromQuery(query: string | URLSearchParams): SearchState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const text = (params.get('q') ?? '').trim().slice(0, maxTextLength);
  const sort = params.get('sort');
  return {
    text,
    stateBodyIds: values(params, 'body'),
    regionCodes: values(params, 'region'),
    groups: oneOf(params, 'group', positionGroups),
    salaryBands: oneOf(params, 'band', salaryBands),
    deadlineWindows: oneOf(params, 'window', deadlineWindows),
    salaryFrom: parseSalary(params.get('salary')),
    sort: sorts.includes(sort as VacancySort) ? (sort as VacancySort) : defaultSort,
  };
}

/** Writes a search as a query string ("" for the empty search); defaults are left out. */
export function searchToQuery(search: SearchState): string {
  const params = new URLSearchParams();
  const text = search.text.trim();
  if (text) params.set('q', text);
  search.stateBodyIds.forEach(id => params.append('body', id));
  search.regionCodes.forEach(code => params.append('region', code));
  search.groups.forEach(group => params.append('group', group));
  search.salaryBands.forEach(band => params.append('band', band));
  search.deadlineWindows.forEach(window => params.append('window', window));
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
  if (search.stateBodyIds.length) filter.stateBodyIds = search.stateBodyIds;
  if (search.regionCodes.length) filter.regionCodes = search.regionCodes;
  if (search.groups.length) filter.groups = search.groups;
  if (search.salaryBands.length) filter.salaryBands = search.salaryBands;
  if (search.deadlineWindows.length) filter.deadlineWindows = search.deadlineWindows;
  if (search.salaryFrom !== null && search.salaryFrom > 0) filter.salaryFrom = search.salaryFrom;
  return filter;
}

/** The list with the value added, or removed when it is there already. */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter(v => v !== value) : [...list, value];
}

/** A salary typed by a person: digits, perhaps with spaces as thousands separators; else null. */
export function parseSalary(value: string | null | undefined): number | null {
  const digits = (value ?? '').replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d{1,9}$/.test(digits)) return null;
  const amount = Number(digits);
  return amount > 0 ? amount : null;
}

function values(params: URLSearchParams, name: string): string[] {
  const all = params.getAll(name).map(v => v.trim().slice(0, 100)).filter(v => v.length > 0);
  return [...new Set(all)].slice(0, maxValues);
}

function oneOf<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  return values(params, name).filter((v): v is T => allowed.includes(v as T));
}
