import { describe, expect, it } from 'vitest';
import { formFileName, formIdFrom, formJson, isFormId, maxFormChars, newFormSchema, readFormText, readSampleVariables } from './formFile';

describe('readFormText', () => {
  it('reads a form as Camunda Modeler saves it', () => {
    const read = readFormText('\uFEFF{ "id": "check", "type": "default", "components": [] }');
    expect(read).toEqual({ ok: true, schema: { id: 'check', type: 'default', components: [] } });
  });

  it.each([
    ['', 'empty'],
    ['<?xml version="1.0"?><bpmn:definitions />', 'notJson'],
    ['[1, 2]', 'notForm'],
    ['{ "id": "x" }', 'notForm'],
    [`{ "id": "x", "components": [], "t": "${'a'.repeat(maxFormChars)}" }`, 'tooLarge'],
  ])('refuses %j as %s', (text, problem) => {
    expect(readFormText(text)).toEqual({ ok: false, problem });
  });
});

describe('form ids and files', () => {
  it('makes an id of a name and a file name of an id', () => {
    expect(formIdFrom('  Background Check / 2026 ')).toBe('background-check-2026');
    expect(isFormId('background-check')).toBe(true);
    expect(isFormId('коопсуздук')).toBe(false);
    expect(formFileName('background check')).toBe('background-check.form');
    expect(formFileName(undefined)).toBe('form.form');
  });

  it('saves a new form as form-js starts one, indented', () => {
    const json = formJson(newFormSchema('check'));
    expect(JSON.parse(json)).toMatchObject({ id: 'check', type: 'default', components: [] });
    expect(json).toContain('\n  "id": "check"');
  });
});

describe('readSampleVariables', () => {
  it('takes nothing or one JSON object', () => {
    expect(readSampleVariables(' ')).toEqual({ ok: true, data: {} });
    expect(readSampleVariables('{ "offices": ["osh"] }')).toEqual({ ok: true, data: { offices: ['osh'] } });
    expect(readSampleVariables('[1]')).toEqual({ ok: false });
    expect(readSampleVariables('{ nope')).toEqual({ ok: false });
  });
});
