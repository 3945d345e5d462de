/** The largest form the server accepts (Kyzmat.Workflows CamundaFormParser.MaxSize, characters). */
export const maxFormChars = 512 * 1024;

/** A Camunda form's JSON as form-js and Camunda Modeler keep it (only what the portal looks at is typed). */
export interface FormSchema {
  id?: string;
  type?: string;
  components?: unknown[];
  [property: string]: unknown;
}

export type FormFileProblem = 'empty' | 'tooLarge' | 'notJson' | 'notForm';

export type ReadForm = { ok: true; schema: FormSchema } | { ok: false; problem: FormFileProblem };

/**
 * A first look at an uploaded `.form` file, before form-js reads it: JSON, an object with `components` (a list).
 * Catches the usual wrong files (a diagram, a PDF) with a clear message; the server checks the rest at deployment.
 */
export function readFormText(text: string): ReadForm {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) return { ok: false, problem: 'empty' };
  if (body.length > maxFormChars) return { ok: false, problem: 'tooLarge' };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value) || !Array.isArray((value as FormSchema).components)) {
    return { ok: false, problem: 'notForm' };
  }
  return { ok: true, schema: value as FormSchema };
}

/** A form id the server takes: letters, digits, `-`, `_` and `.`, at most 200 characters. */
export function isFormId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$/.test(id);
}

/** A form id from what an administrator typed as its name: lower case, spaces and symbols as dashes. */
export function formIdFrom(name: string): string {
  return name.trim().toLowerCase().replace(/[^a-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 200);
}

/** The file name to download a form under, as Camunda Modeler names it. */
export function formFileName(id: string | undefined): string {
  const safe = (id ?? '').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${safe || 'form'}.form`;
}

/** An empty form, as form-js starts one. */
export function newFormSchema(id: string): FormSchema {
  return { id, type: 'default', components: [], schemaVersion: 16, exporter: { name: 'Kyzmat', version: '1' } };
}

/** The schema as the server gets it: form-js's own JSON, indented as Camunda Modeler saves `.form` files. */
export function formJson(schema: FormSchema): string {
  return JSON.stringify(schema, null, 2);
}

export type SampleVariables = { ok: true; data: Record<string, unknown> } | { ok: false };

/** The preview's sample variables: empty, or one JSON object. */
export function readSampleVariables(text: string): SampleVariables {
  if (!text.trim()) return { ok: true, data: {} };
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? { ok: true, data: value as Record<string, unknown> } : { ok: false };
  } catch {
    return { ok: false };
  }
}
