import { describe, expect, it } from 'vitest';
import { instanceListQuery, readInstanceFilter } from './instanceFilter';

describe('instance filter in the address', () => {
  it('reads what it wrote', () => {
    const filter = { definitionKey: 'application-lifecycle', version: 2, state: 'ACTIVE' as const, businessKey: 'a b&c' };
    expect(readInstanceFilter(instanceListQuery(filter))).toEqual(filter);
    expect(readInstanceFilter(instanceListQuery({ isTestRun: true }))).toEqual({ isTestRun: true });
    expect(readInstanceFilter(instanceListQuery({ isTestRun: false }))).toEqual({ isTestRun: false });
  });

  it('leaves out what is empty or wrong', () => {
    expect(instanceListQuery({})).toBe('');
    expect(instanceListQuery({ definitionKey: '  ', businessKey: '' })).toBe('');
    expect(readInstanceFilter('?key=&version=0&state=SLEEPING&businessKey=%20')).toEqual({});
    expect(readInstanceFilter('?version=x2')).toEqual({});
    expect(readInstanceFilter('?state=completed')).toEqual({ state: 'COMPLETED' });
    expect(readInstanceFilter('?testRun=maybe')).toEqual({});
  });
});
