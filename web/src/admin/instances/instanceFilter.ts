import type { WorkflowInstanceState } from '../../api/generated';

/** The monitor's filter, kept in the address (?key=&version=&state=&businessKey=&testRun=) so a filtered list can be linked. */
export interface InstanceFilter {
  definitionKey?: string;
  version?: number;
  state?: WorkflowInstanceState;
  businessKey?: string;
  /** true: only administrators' test runs; false: none of them. */
  isTestRun?: boolean;
}

/** How `isTestRun` reads in the address. */
export const testRunValues = { only: true, none: false } as const;

export const instanceStates: WorkflowInstanceState[] = ['ACTIVE', 'COMPLETED', 'CANCELLED'];

export function readInstanceFilter(search: string): InstanceFilter {
  const params = new URLSearchParams(search);
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const filter: InstanceFilter = {};
  const key = text('key');
  if (key) filter.definitionKey = key;
  const version = text('version');
  if (version && /^[1-9]\d{0,8}$/.test(version)) filter.version = Number(version);
  const state = text('state')?.toUpperCase();
  if (state && (instanceStates as string[]).includes(state)) filter.state = state as WorkflowInstanceState;
  const businessKey = text('businessKey');
  if (businessKey) filter.businessKey = businessKey;
  const testRun = text('testRun');
  if (testRun === 'only' || testRun === 'none') filter.isTestRun = testRunValues[testRun];
  return filter;
}

/** The query string of a filter ('' for none), in a fixed order. */
export function instanceListQuery(filter: InstanceFilter): string {
  const params = new URLSearchParams();
  if (filter.definitionKey?.trim()) params.set('key', filter.definitionKey.trim());
  if (filter.version) params.set('version', String(filter.version));
  if (filter.state) params.set('state', filter.state);
  if (filter.businessKey?.trim()) params.set('businessKey', filter.businessKey.trim());
  if (filter.isTestRun !== undefined) params.set('testRun', filter.isTestRun ? 'only' : 'none');
  const query = params.toString();
  return query ? `?${query}` : '';
}
