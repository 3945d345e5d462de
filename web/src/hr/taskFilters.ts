import type { HrTaskFilterInput, HrTaskSort } from '../api/generated';
import { formOfStage, stageKeys } from './taskStage';

export type TaskAssignment = 'any' | 'mine' | 'unassigned';

/**
 * The task list's filters and order, kept in the address (?vacancy=…&stage=…&process=…&body=…&due=…&overdue=1&who=mine&sort=DUE) so
 * a filtered list can be shared and reloaded.
 */
export interface TaskFilters {
  vacancyId: string | null;
  stage: string | null;
  /** A BPMN process id (processKey). */
  processKey: string | null;
  stateBodyId: string | null;
  /** yyyy-mm-dd: due before the start of that day (UTC). */
  dueBefore: string | null;
  overdueOnly: boolean;
  assignment: TaskAssignment;
  sort: HrTaskSort;
}

export const noTaskFilters: TaskFilters = {
  vacancyId: null, stage: null, processKey: null, stateBodyId: null, dueBefore: null, overdueOnly: false, assignment: 'any', sort: 'CREATED',
};

export const taskSorts: HrTaskSort[] = ['CREATED', 'DUE', 'PRIORITY'];

const guid = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function idOf(value: string | null): string | null {
  const trimmed = value?.trim();
  return trimmed && guid.test(trimmed) ? trimmed.toLowerCase() : null;
}

// A BPMN id is an XML name; anything else typed into the address is ignored.
function processKeyOf(value: string | null): string | null {
  return value && /^[A-Za-z_][\w.-]{0,199}$/.test(value) ? value : null;
}

function dayOf(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : null;
}

export function taskFiltersFromQuery(query: string): TaskFilters {
  const params = new URLSearchParams(query);
  const stage = params.get('stage');
  const who = params.get('who') ?? (params.get('mine') === '1' ? 'mine' : null);
  const sort = params.get('sort');
  return {
    vacancyId: idOf(params.get('vacancy')),
    // Only the stages the portal knows; anything else typed into the address is ignored.
    stage: formOfStage(stage) ? stage : null,
    processKey: processKeyOf(params.get('process')),
    stateBodyId: idOf(params.get('body')),
    dueBefore: dayOf(params.get('due')),
    overdueOnly: params.get('overdue') === '1',
    assignment: who === 'mine' || who === 'unassigned' ? who : 'any',
    sort: taskSorts.find(s => s === sort) ?? 'CREATED',
  };
}

export function taskFiltersToQuery(filters: TaskFilters): string {
  const params = new URLSearchParams();
  if (filters.vacancyId) params.set('vacancy', filters.vacancyId);
  if (filters.stage) params.set('stage', filters.stage);
  if (filters.processKey) params.set('process', filters.processKey);
  if (filters.stateBodyId) params.set('body', filters.stateBodyId);
  if (filters.dueBefore) params.set('due', filters.dueBefore);
  if (filters.overdueOnly) params.set('overdue', '1');
  if (filters.assignment !== 'any') params.set('who', filters.assignment);
  if (filters.sort !== 'CREATED') params.set('sort', filters.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function taskFiltersToInput(filters: TaskFilters): HrTaskFilterInput {
  return {
    vacancyId: filters.vacancyId,
    stage: filters.stage,
    processKey: filters.processKey,
    stateBodyId: filters.stateBodyId,
    dueBefore: filters.dueBefore ? `${filters.dueBefore}T00:00:00Z` : null,
    overdueOnly: filters.overdueOnly || null,
    mineOnly: filters.assignment === 'mine' || null,
    unassignedOnly: filters.assignment === 'unassigned' || null,
  };
}

export function isFiltered(filters: TaskFilters): boolean {
  return taskFiltersToQuery({ ...filters, sort: 'CREATED' }) !== '';
}

export const knownStages = Object.values(stageKeys);
