import type { HrTaskFilterInput } from '../api/generated';
import { formOfStage, stageKeys } from './taskStage';

/** The task list's filters, kept in the address (?vacancy=…&stage=…&overdue=1&mine=1) so a filtered list can be shared and reloaded. */
export interface TaskFilters {
  vacancyId: string | null;
  stage: string | null;
  overdueOnly: boolean;
  mineOnly: boolean;
}

export const noTaskFilters: TaskFilters = { vacancyId: null, stage: null, overdueOnly: false, mineOnly: false };

export function taskFiltersFromQuery(query: string): TaskFilters {
  const params = new URLSearchParams(query);
  const vacancy = params.get('vacancy')?.trim();
  const stage = params.get('stage');
  return {
    vacancyId: vacancy && /^[0-9a-fA-F-]{36}$/.test(vacancy) ? vacancy.toLowerCase() : null,
    // Only the stages the portal knows; anything else typed into the address is ignored.
    stage: formOfStage(stage) ? stage : null,
    overdueOnly: params.get('overdue') === '1',
    mineOnly: params.get('mine') === '1',
  };
}

export function taskFiltersToQuery(filters: TaskFilters): string {
  const params = new URLSearchParams();
  if (filters.vacancyId) params.set('vacancy', filters.vacancyId);
  if (filters.stage) params.set('stage', filters.stage);
  if (filters.overdueOnly) params.set('overdue', '1');
  if (filters.mineOnly) params.set('mine', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function taskFiltersToInput(filters: TaskFilters): HrTaskFilterInput {
  return {
    vacancyId: filters.vacancyId,
    stage: filters.stage,
    overdueOnly: filters.overdueOnly || null,
    mineOnly: filters.mineOnly || null,
  };
}

export const knownStages = Object.values(stageKeys);
