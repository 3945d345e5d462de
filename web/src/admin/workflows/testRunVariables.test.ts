import { describe, expect, it } from 'vitest';
import { maxVariablesLength, readVariables } from './testRunVariables';

describe('test-run variables', () => {
  it('takes one JSON object, and nothing as an empty one', () => {
    expect(readVariables(' { "amount": 100, "approved": true } ')).toEqual({ json: '{ "amount": 100, "approved": true }' });
    expect(readVariables('')).toEqual({ json: '{}' });
  });

  it('says what is wrong with anything else', () => {
    expect(readVariables('{ "amount": ')).toEqual({ problem: 'notJson' });
    expect(readVariables("{ 'a': 1 }")).toEqual({ problem: 'notJson' });
    expect(readVariables('[1, 2]')).toEqual({ problem: 'notObject' });
    expect(readVariables('null')).toEqual({ problem: 'notObject' });
    expect(readVariables('42')).toEqual({ problem: 'notObject' });
    expect(readVariables(`{ "a": "${'x'.repeat(maxVariablesLength)}" }`)).toEqual({ problem: 'tooLarge' });
  });
});
