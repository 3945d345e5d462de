import { useState, type FormEvent } from 'react';
import type { InterviewOutcome } from '../api/generated';
import { useGraphQL } from '../api/useQuery';
import { useTexts } from '../i18n/texts';
import { messageOf } from './errors';
import { Field } from './Field';
import { decideDocumentReviewMutation, decideInterviewMutation, recordTestResultMutation } from './taskOperations';
import {
  checkDocumentReview, checkInterview, checkScore, maxReasonLength, maxScore,
  type Checked, type DecisionErrors, type ReviewChoice, type TaskForm,
} from './taskStage';
import { taskTexts } from './taskTexts';

interface Props {
  form: TaskForm;
  taskId: string;
  onCompleted(): void;
}

const outcomes: InterviewOutcome[] = ['WINNER', 'RESERVE', 'REFUSED'];

/** The decision of the task's stage. Checked here as the server checks it; the server's own refusal is shown as it says. */
export function DecisionForm({ form, taskId, onCompleted }: Props) {
  const t = useTexts(taskTexts);
  const request = useGraphQL();
  const [choice, setChoice] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [score, setScore] = useState('');
  const [errors, setErrors] = useState<DecisionErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async <T,>(checked: Checked<T>, mutation: (value: T) => Promise<unknown>) => {
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await mutation(checked.value);
      onCompleted();
    } catch (error) {
      setServerError(messageOf(error, t('actionFailed')));
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    if (form === 'documentReview') {
      void send(checkDocumentReview(choice as ReviewChoice | null, reason), value =>
        request(decideDocumentReviewMutation, { taskId, admit: value.admit, reason: value.reason }));
    } else if (form === 'testResult') {
      void send(checkScore(score), value => request(recordTestResultMutation, { taskId, score: value.score }));
    } else {
      void send(checkInterview(choice as InterviewOutcome | null, reason), value =>
        request(decideInterviewMutation, { taskId, outcome: value.outcome, reason: value.reason }));
    }
  };

  const problems = Object.entries(errors).map(([field, problem]) => ({ field, text: t(`problem${problem}`) }));
  const choices: { value: string; label: string }[] = form === 'documentReview'
    ? [{ value: 'admit', label: t('reviewAdmit') }, { value: 'refuse', label: t('reviewRefuse') }]
    : outcomes.map(outcome => ({ value: outcome, label: t(`outcome${outcome}`) }));

  return (
    <form className="hr-form" onSubmit={submit} noValidate>
      {problems.length > 0 && (
        <div className="hr-error-summary" role="alert">
          <p>{t('fixProblems')}</p>
          <ul>{problems.map(p => <li key={p.field}><a href={`#hr-decision-${p.field}`}>{p.text}</a></li>)}</ul>
        </div>
      )}
      {form === 'testResult' ? (
        <Field id="hr-decision-score" label={t('scoreLabel')} error={errors.score && t(`problem${errors.score}`)}>
          {describedBy => (
            <input
              id="hr-decision-score" inputMode="numeric" autoComplete="off" min={0} max={maxScore} value={score}
              aria-invalid={!!errors.score} aria-describedby={describedBy} onChange={event => setScore(event.target.value)}
            />
          )}
        </Field>
      ) : (
        <>
          <fieldset className="hr-choices" id="hr-decision-choice" aria-invalid={!!errors.choice} aria-describedby={errors.choice ? 'hr-decision-choice-error' : undefined}>
            <legend>{t('chooseDecision')}</legend>
            {choices.map(option => (
              <label key={option.value} className="hr-check">
                <input type="radio" name="decision" value={option.value} checked={choice === option.value} onChange={() => setChoice(option.value)} />
                <span>{option.label}</span>
              </label>
            ))}
            {errors.choice && <p className="hr-field-error" id="hr-decision-choice-error">{t(`problem${errors.choice}`)}</p>}
          </fieldset>
          <Field
            id="hr-decision-reason"
            label={form === 'documentReview' ? t('reasonLabel') : t('interviewReasonLabel')}
            hint={t('reasonHint')}
            error={errors.reason && t(`problem${errors.reason}`)}
          >
            {describedBy => (
              <textarea
                id="hr-decision-reason" rows={4} maxLength={maxReasonLength + 100} value={reason}
                aria-invalid={!!errors.reason} aria-describedby={describedBy} onChange={event => setReason(event.target.value)}
              />
            )}
          </Field>
        </>
      )}
      {serverError && <p className="hr-error" role="alert">{serverError}</p>}
      <div className="hr-form__actions">
        <button type="submit" className="button" disabled={busy}>{busy ? t('sending') : t('submit')}</button>
      </div>
    </form>
  );
}
