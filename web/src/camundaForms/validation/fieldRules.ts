import Big from 'big.js';
import type { ValidationTextKey } from './validationTexts';

/** A broken rule: the message's key and the values it names, or the form author's own message. */
export type Problem = { key: ValidationTextKey; values?: Record<string, string | number> } | { authored: string };

/** A field's checks with FEEL already evaluated, as form-js keeps them under `validate`. */
export interface FieldChecks {
  required?: boolean;
  min?: unknown;
  max?: unknown;
  minLength?: unknown;
  maxLength?: unknown;
  pattern?: string;
  /** The author's message for a broken pattern, already in the page's language (translations.ts). */
  patternErrorMessage?: string;
  validationType?: string;
}

export interface NumberSettings {
  decimalDigits?: number;
  increment?: number | string;
}

// The server's patterns (FormFieldChecks), not form-js's: its phone pattern refuses the "+996 555 123 456" both sides
// offer as the example, and one rule on both sides means the browser never passes what the server then refuses.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^\+?[0-9][0-9 ()-]{5,22}$/;

function isEmpty(type: string, value: unknown): boolean {
  return value === null || value === undefined || value === ''
    || (type === 'checkbox' && value === false)
    || (Array.isArray(value) && value.length === 0);
}

function decimalsOf(value: Big): number {
  const [, fraction = ''] = value.toFixed().split('.');
  return fraction.length;
}

/** The increment a number must be a multiple of, if the form sets a usable one. */
function stepOf(increment: unknown): Big | null {
  try {
    const step = new Big(increment as number);
    return step.gt(0) ? step : null;
  } catch {
    return null;
  }
}

/** A number field's own checks, on the value as form-js keeps it ("NaN" for what is not a number). */
export function numberProblems(settings: NumberSettings, value: unknown): Problem[] {
  if (value === 'NaN') return [{ key: 'notANumber' }];
  if (!value || (typeof value !== 'number' && typeof value !== 'string')) return [];
  let number: Big;
  try {
    number = new Big(value);
  } catch {
    return [{ key: 'notANumber' }];
  }
  const problems: Problem[] = [];
  const { decimalDigits, increment } = settings;
  if (typeof decimalDigits === 'number' && decimalDigits >= 0 && decimalsOf(number) > decimalDigits) {
    problems.push(decimalDigits === 0 ? { key: 'integer' } : { key: 'decimals', values: { digits: decimalDigits } });
  }
  const step = stepOf(increment);
  if (step) {
    const offset = number.mod(step);
    if (!offset.eq(0)) {
      const below = number.minus(offset);
      problems.push({ key: 'step', values: { step: step.toString(), below: below.toString(), above: below.plus(step).toString() } });
    }
  }
  return problems;
}

/** form-js's bound check: a bound or value that is not a number is the form's fault, and said so. */
function boundProblem(side: 'min' | 'max', bound: unknown, value: unknown): Problem | null {
  try {
    const number = new Big(value as number);
    const limit = new Big(bound as number);
    if (side === 'min') return number.lt(limit) ? { key: 'belowMin', values: { min: limit.toString() } } : null;
    return number.gt(limit) ? { key: 'aboveMax', values: { max: limit.toString() } } : null;
  } catch {
    return { key: side === 'min' ? 'minUnreadable' : 'maxUnreadable' };
  }
}

function matches(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern).test(text);
  } catch {
    return false;
  }
}

/** The checks a form's author sets under `validate`, in form-js's order, each message in the portal's vocabulary. */
export function checkProblems(type: string, checks: FieldChecks, value: unknown): Problem[] {
  const problems: Problem[] = [];
  const text = typeof value === 'string' ? value : null;
  if (checks.pattern && text && !matches(checks.pattern, text)) {
    problems.push(checks.patternErrorMessage?.trim() ? { authored: checks.patternErrorMessage } : { key: 'pattern' });
  }
  if (checks.required && isEmpty(type, value)) problems.push({ key: 'required' });
  const present = Boolean(value) || value === 0;
  for (const side of ['min', 'max'] as const) {
    const problem = checks[side] !== undefined && present ? boundProblem(side, checks[side], value) : null;
    if (problem) problems.push(problem);
  }
  // As form-js: lengths count the text without its surrounding spaces.
  if (typeof checks.minLength === 'number' && text && text.trim().length < checks.minLength) {
    problems.push({ key: 'tooShort', values: { count: checks.minLength } });
  }
  if (typeof checks.maxLength === 'number' && text && text.trim().length > checks.maxLength) {
    problems.push({ key: 'tooLong', values: { count: checks.maxLength } });
  }
  if (checks.validationType === 'phone' && text && !phonePattern.test(text)) problems.push({ key: 'phone' });
  if (checks.validationType === 'email' && text && !emailPattern.test(text)) problems.push({ key: 'email' });
  return problems;
}
