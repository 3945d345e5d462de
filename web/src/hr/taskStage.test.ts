import { describe, expect, it } from 'vitest';
import { checkDocumentReview, checkInterview, checkScore, formOfStage, stageTextKey, stepName } from './taskStage';

describe('formOfStage', () => {
  it('chooses the form of each HR stage of the lifecycle', () => {
    expect(formOfStage('kyzmat:document-review')).toBe('documentReview');
    expect(formOfStage('kyzmat:test-result')).toBe('testResult');
    expect(formOfStage('kyzmat:interview-decision')).toBe('interviewDecision');
  });

  it('has no form for a stage an administrator added, nor for none', () => {
    expect(formOfStage('kyzmat:medical-check')).toBeNull();
    expect(formOfStage(null)).toBeNull();
    expect(formOfStage(undefined)).toBeNull();
    expect(stageTextKey('something')).toBe('stageUnknown');
    expect(stageTextKey('kyzmat:test-result')).toBe('stagetestResult');
  });
});

describe('checkDocumentReview', () => {
  it('admits without a reason', () => {
    expect(checkDocumentReview('admit', '  ')).toEqual({ ok: true, value: { admit: true, reason: null } });
  });

  it('needs a decision', () => {
    expect(checkDocumentReview(null, '')).toEqual({ ok: false, errors: { choice: 'choiceRequired' } });
  });

  it('refuses only with a reason, trimmed', () => {
    expect(checkDocumentReview('refuse', ' \n ')).toEqual({ ok: false, errors: { reason: 'reasonRequired' } });
    expect(checkDocumentReview('refuse', '  No diploma. ')).toEqual({ ok: true, value: { admit: false, reason: 'No diploma.' } });
  });

  it('refuses a reason over 2000 characters, as the server does', () => {
    expect(checkDocumentReview('refuse', 'x'.repeat(2001))).toEqual({ ok: false, errors: { reason: 'reasonTooLong' } });
    expect(checkDocumentReview('refuse', 'x'.repeat(2000)).ok).toBe(true);
  });
});

describe('checkInterview', () => {
  it('needs a reason for REFUSED only', () => {
    expect(checkInterview('REFUSED', '')).toEqual({ ok: false, errors: { reason: 'reasonRequired' } });
    expect(checkInterview('RESERVE', '')).toEqual({ ok: true, value: { outcome: 'RESERVE', reason: null } });
    expect(checkInterview('WINNER', ' Best answers ')).toEqual({ ok: true, value: { outcome: 'WINNER', reason: 'Best answers' } });
    expect(checkInterview(null, 'x')).toEqual({ ok: false, errors: { choice: 'choiceRequired' } });
  });
});

describe('checkScore', () => {
  it('takes whole numbers from 0 to 60', () => {
    expect(checkScore('0')).toEqual({ ok: true, value: { score: 0 } });
    expect(checkScore(' 45 ')).toEqual({ ok: true, value: { score: 45 } });
    expect(checkScore('60')).toEqual({ ok: true, value: { score: 60 } });
  });

  it('refuses empty, negative, fractional, too high and non-numeric scores', () => {
    expect(checkScore('')).toEqual({ ok: false, errors: { score: 'scoreRequired' } });
    for (const bad of ['61', '-1', '45.5', '4e1', 'abc', '1000']) {
      expect(checkScore(bad)).toEqual({ ok: false, errors: { score: 'scoreOutOfRange' } });
    }
  });
});

describe('stepName', () => {
  const text = (key: string) => ({ stagedocumentReview: 'Документтерди кароо', stageUnknown: 'Башка этап' })[key] ?? key;
  it('names a built-in step by its stage and an added one by its task name', () => {
    expect(stepName('kyzmat:document-review', 'Review', text)).toBe('Документтерди кароо');
    expect(stepName('security-check', 'Коопсуздук кызматынын текшерүүсү', text)).toBe('Коопсуздук кызматынын текшерүүсү');
    expect(stepName(null, ' ', text)).toBe('Башка этап');
  });
});
