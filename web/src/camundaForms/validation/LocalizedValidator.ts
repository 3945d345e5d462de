import { runExpressionEvaluation } from '@bpmn-io/form-js-viewer';
import type { Language } from '../../i18n/languages';
import { fill } from '../../i18n/messages';
import { checkProblems, numberProblems, type FieldChecks, type Problem } from './fieldRules';
import { validationTexts } from './validationTexts';

interface Field extends Record<string, unknown> {
  id: string;
  type: string;
  validate?: FieldChecks;
  decimalDigits?: number;
  increment?: number | string;
}

interface FieldInstance {
  id: string;
  expressionContextInfo?: unknown;
}

type ExpressionLanguage = Parameters<typeof runExpressionEvaluation>[0];

// Which of `validate`'s settings form-js lets an author write as FEEL.
const feelChecks = ['min', 'max', 'minLength', 'maxLength'] as const;

/**
 * form-js's `validator` service with the same rules, its messages in the reviewer's language: form-js's own has only
 * English ones and no way to translate them. Replaces form-js's through `localizedValidation(language)`.
 */
export class LocalizedValidator {
  static $inject = ['expressionLanguage', 'form', 'formFieldRegistry', 'validationLanguage'];

  constructor(
    private readonly expressionLanguage: ExpressionLanguage,
    private readonly form: { _getState(): { data: unknown } },
    private readonly formFieldRegistry: { get(id: string): Field | undefined },
    private readonly language: Language,
  ) {}

  /** The messages for a value of one rendered field (a repeated one has an instance per row). */
  validateFieldInstance(fieldInstance: FieldInstance, value: unknown): string[] {
    const field = this.formFieldRegistry.get(fieldInstance.id);
    if (!field) return [];
    return this.messages(field, value, setting => runExpressionEvaluation(this.expressionLanguage, setting, fieldInstance.expressionContextInfo));
  }

  /** form-js's older entry (deprecated there, still called by one of its commands): FEEL over the form's data. */
  validateField(field: Field, value: unknown): string[] {
    return this.messages(field, value, setting => this.expressionLanguage.isExpression(setting)
      ? this.expressionLanguage.evaluate(setting as string, this.form._getState().data as Record<string, unknown>)
      : setting);
  }

  private messages(field: Field, value: unknown, evaluate: (setting: unknown) => unknown): string[] {
    const problems: Problem[] = field.type === 'number' ? numberProblems(field, value) : [];
    if (field.validate) {
      const checks: FieldChecks = { ...field.validate };
      for (const name of feelChecks) {
        if (!(name in checks)) continue;
        const evaluated = evaluate(checks[name]);
        checks[name] = evaluated === null ? undefined : evaluated;
      }
      problems.push(...checkProblems(field.type, checks, value));
    }
    const texts = validationTexts[this.language];
    return problems.map(problem => 'authored' in problem ? problem.authored : fill(texts[problem.key], problem.values ?? {}));
  }
}

/** The form-js module that puts `LocalizedValidator` in place of form-js's validator (the viewer's `additionalModules`). */
export function localizedValidation(language: Language) {
  return {
    validationLanguage: ['value', language],
    validator: ['type', LocalizedValidator],
  };
}
