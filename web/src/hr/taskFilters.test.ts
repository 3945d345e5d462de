import { describe, expect, it } from 'vitest';
import { reserveApplicantsQuery, applicantsById } from './reserveApplicants';
import { isMine, reviewerOf } from './reviewer';
import { noTaskFilters, taskFiltersFromQuery, taskFiltersToInput, taskFiltersToQuery, type TaskFilters } from './taskFilters';

const vacancyId = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('task filters in the address', () => {
  it('round-trips every filter and the order', () => {
    const filters: TaskFilters = {
      vacancyId, stage: 'kyzmat:test-result', processKey: 'security-check', stateBodyId: vacancyId, dueBefore: '2026-12-31', overdueOnly: true, assignment: 'mine', sort: 'DUE',
    };
    const query = taskFiltersToQuery(filters);
    expect(query).toBe(`?vacancy=${vacancyId}&stage=kyzmat%3Atest-result&process=security-check&body=${vacancyId}&due=2026-12-31&overdue=1&who=mine&sort=DUE`);
    expect(taskFiltersFromQuery(query)).toEqual(filters);
  });

  it('is empty without filters, and ignores what it does not know', () => {
    expect(taskFiltersToQuery(noTaskFilters)).toBe('');
    expect(taskFiltersFromQuery('?vacancy=../../etc&stage=drop&process=%3Cscript%3E&body=1&due=2026-13-45&overdue=yes&who=everyone&sort=NAME')).toEqual(noTaskFilters);
  });

  it('still reads the older ?mine=1 address', () => {
    expect(taskFiltersFromQuery('?mine=1').assignment).toBe('mine');
  });

  it('sends only the filters that are on, the day as its start in UTC', () => {
    expect(taskFiltersToInput(noTaskFilters)).toEqual({
      vacancyId: null, stage: null, processKey: null, stateBodyId: null, dueBefore: null, overdueOnly: null, mineOnly: null, unassignedOnly: null,
    });
    expect(taskFiltersToInput({ ...noTaskFilters, overdueOnly: true, assignment: 'unassigned', dueBefore: '2026-12-31' }))
      .toMatchObject({ overdueOnly: true, unassignedOnly: true, mineOnly: null, dueBefore: '2026-12-31T00:00:00Z' });
  });
});

describe('reviewer', () => {
  it('reads the subject and the hr_body claims, one or many', () => {
    expect(reviewerOf({ sub: 'ABC', hr_body: 'minfin' })).toEqual({ id: 'abc', bodyCodes: ['minfin'] });
    expect(reviewerOf({ sub: 'abc', hr_body: ['minfin', 'sts'] })).toEqual({ id: 'abc', bodyCodes: ['minfin', 'sts'] });
    expect(reviewerOf({ sub: 'abc' })).toEqual({ id: 'abc', bodyCodes: [] });
    expect(reviewerOf({})).toBeNull();
    expect(reviewerOf(undefined)).toBeNull();
  });

  it('knows its own claimed tasks whatever the case of the id', () => {
    const me = { id: 'abc', bodyCodes: [] };
    expect(isMine('ABC', me)).toBe(true);
    expect(isMine('other', me)).toBe(false);
    expect(isMine(null, me)).toBe(false);
    expect(isMine('abc', null)).toBe(false);
  });
});

describe('reserve applicants', () => {
  it('asks for every application in one request, by variables', () => {
    const { query, variables } = reserveApplicantsQuery(['a', 'b']);
    expect(query).toBe('query ReserveApplicants($id0: ID!, $id1: ID!) { a0: application(id: $id0) { id number snapshot { applicantName } } a1: application(id: $id1) { id number snapshot { applicantName } } }');
    expect(variables).toEqual({ id0: 'a', id1: 'b' });
  });

  it('indexes the answer by application id', () => {
    const byId = applicantsById({ a0: { id: 'A', number: 'N-1', snapshot: null }, a1: null });
    expect(byId.get('a')?.number).toBe('N-1');
    expect(byId.size).toBe(1);
  });
});
