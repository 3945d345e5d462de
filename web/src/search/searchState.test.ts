import { describe, expect, it } from 'vitest';
import { emptySearch, parseSalary, searchFromQuery, searchToFilter, searchToQuery, type SearchState } from './searchState';

describe('search ↔ address', () => {
  it('round-trips every condition', () => {
    const search: SearchState = {
      text: 'финансы юрист', stateBodyIds: ['b-12', 'b-7'], regionCodes: ['CHUY'], groups: ['MAIN', 'JUNIOR'],
      salaryBands: ['FROM_60000'], deadlineWindows: ['WITHIN_3_DAYS'], salaryFrom: 30000, sort: 'DEADLINE',
    };
    const query = searchToQuery(search);
    expect(query).toBe('?q=%D1%84%D0%B8%D0%BD%D0%B0%D0%BD%D1%81%D1%8B+%D1%8E%D1%80%D0%B8%D1%81%D1%82&body=b-12&body=b-7&region=CHUY&group=MAIN&group=JUNIOR&band=FROM_60000&window=WITHIN_3_DAYS&salary=30000&sort=DEADLINE');
    expect(searchFromQuery(query)).toEqual(search);
  });

  it('writes nothing for the empty search and the default sort', () => {
    expect(searchToQuery(emptySearch)).toBe('');
    expect(searchToQuery({ ...emptySearch, text: '   ', salaryFrom: 0 })).toBe('');
    expect(searchFromQuery('')).toEqual(emptySearch);
  });

  it('ignores malformed values instead of failing', () => {
    expect(searchFromQuery('?group=BOSS&band=ALL&window=NOW&sort=RANDOM&salary=-5&body=&region=%20')).toEqual(emptySearch);
    expect(searchFromQuery('?salary=abc').salaryFrom).toBeNull();
    expect(searchFromQuery('?q=' + 'x'.repeat(500)).text).toHaveLength(200);
  });

  it('trims the words', () => {
    expect(searchFromQuery('?q=%20%20салык%20').text).toBe('салык');
  });
});

describe('searchToFilter', () => {
  it('is empty for the empty search, so the API defaults apply (open vacancies)', () => {
    expect(searchToFilter(emptySearch)).toEqual({});
  });

  it('sends only the conditions set', () => {
    expect(searchToFilter({ ...emptySearch, text: ' салык ', groups: ['JUNIOR'], salaryFrom: 25000 }))
      .toEqual({ text: 'салык', groups: ['JUNIOR'], salaryFrom: 25000 });
    expect(searchToFilter({ ...emptySearch, stateBodyIds: ['7'], regionCodes: ['OSH'] }))
      .toEqual({ stateBodyIds: ['7'], regionCodes: ['OSH'] });
  });
});

describe('parseSalary', () => {
  it('accepts digits with spaces as thousands separators', () => {
    expect(parseSalary('30000')).toBe(30000);
    expect(parseSalary('30 000')).toBe(30000);
    expect(parseSalary('30\u00a0000')).toBe(30000);
  });

  it('rejects anything else', () => {
    for (const value of ['', '0', '-1', '3.5', '30,000', 'abc', null, undefined, '1234567890']) {
      expect(parseSalary(value), String(value)).toBeNull();
    }
  });
});
