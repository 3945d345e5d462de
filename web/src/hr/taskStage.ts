import type { InterviewOutcome } from '../api/generated';

/** The forms of the application-lifecycle process's HR steps, by their form keys (HrTask.stage). */
export const stageKeys = {
  documentReview: 'kyzmat:document-review',
  testResult: 'kyzmat:test-result',
  interviewDecision: 'kyzmat:interview-decision',
} as const;

export type TaskForm = keyof typeof stageKeys;

export const taskForms = Object.keys(stageKeys) as TaskForm[];

/**
 * Which decision form a task shows. An administrator may add steps to the process in the designer: a stage
 * this portal does not know has no form here (the page says so) instead of a wrong one.
 */
export function formOfStage(stage: string | null | undefined): TaskForm | null {
  return taskForms.find(form => stageKeys[form] === stage) ?? null;
}

/** The server's limits (HrDecisions): a score of 0–60, a reason of at most 2000 characters. */
export const maxScore = 60;
export const maxReasonLength = 2000;

export type DecisionProblem = 'choiceRequired' | 'reasonRequired' | 'reasonTooLong' | 'scoreRequired' | 'scoreOutOfRange';
export type DecisionField = 'choice' | 'reason' | 'score';
export type DecisionErrors = Partial<Record<DecisionField, DecisionProblem>>;
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: DecisionErrors };

export type ReviewChoice = 'admit' | 'refuse';

/** A reason is required when the decision goes against the applicant; blank counts as none. */
function checkReason(reason: string, required: boolean): { reason: string | null; problem?: DecisionProblem } {
  const trimmed = reason.trim();
  if (!trimmed) return required ? { reason: null, problem: 'reasonRequired' } : { reason: null };
  return trimmed.length > maxReasonLength ? { reason: trimmed, problem: 'reasonTooLong' } : { reason: trimmed };
}

export function checkDocumentReview(choice: ReviewChoice | null, reason: string): Checked<{ admit: boolean; reason: string | null }> {
  if (!choice) return { ok: false, errors: { choice: 'choiceRequired' } };
  const checked = checkReason(reason, choice === 'refuse');
  if (checked.problem) return { ok: false, errors: { reason: checked.problem } };
  return { ok: true, value: { admit: choice === 'admit', reason: checked.reason } };
}

export function checkInterview(outcome: InterviewOutcome | null, reason: string): Checked<{ outcome: InterviewOutcome; reason: string | null }> {
  if (!outcome) return { ok: false, errors: { choice: 'choiceRequired' } };
  const checked = checkReason(reason, outcome === 'REFUSED');
  if (checked.problem) return { ok: false, errors: { reason: checked.problem } };
  return { ok: true, value: { outcome, reason: checked.reason } };
}

/** A whole number of points from 0 to 60, as typed (spaces around it allowed). */
export function checkScore(text: string): Checked<{ score: number }> {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, errors: { score: 'scoreRequired' } };
  if (!/^\d{1,3}$/.test(trimmed)) return { ok: false, errors: { score: 'scoreOutOfRange' } };
  const score = Number(trimmed);
  return score <= maxScore ? { ok: true, value: { score } } : { ok: false, errors: { score: 'scoreOutOfRange' } };
}

/** The text key naming a stage in the task texts. */
export function stageTextKey(stage: string | null | undefined): `stage${TaskForm}` | 'stageUnknown' {
  const form = formOfStage(stage);
  return form ? `stage${form}` : 'stageUnknown';
}

/**
 * What a task is called on the reviewer's pages: a built-in step by its stage's text, a step an administrator added by the
 * task's own name (from the diagram), so that it is never just "another stage".
 */
export function stepName(stage: string | null | undefined, taskName: string, stageText: (key: ReturnType<typeof stageTextKey>) => string): string {
  return formOfStage(stage) ? stageText(stageTextKey(stage)) : taskName.trim() || stageText('stageUnknown');
}
