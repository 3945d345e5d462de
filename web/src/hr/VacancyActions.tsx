import { useState } from 'react';
import type { VacancyStatus } from '../api/generated';
import { useGraphQL } from '../api/useQuery';
import { useTexts } from '../i18n/texts';
import { messageOf } from './errors';
import { Field } from './Field';
import { cancelVacancyMutation, closeVacancyMutation, publishVacancyMutation } from './vacancyOperations';
import { vacancyTexts } from './vacancyTexts';

type Action = 'publish' | 'close' | 'cancel';
const maxReasonLength = 2000;

interface Props {
  vacancyId: string;
  status: VacancyStatus;
  onDone(message: string): void;
}

/** Publish (a draft), close applications (published), cancel with a reason (draft or published) — each confirmed first. */
export function VacancyActions({ vacancyId, status, onDone }: Props) {
  const t = useTexts(vacancyTexts);
  const request = useGraphQL();
  const [asking, setAsking] = useState<Action | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const available: Action[] = status === 'DRAFT' ? ['publish', 'cancel'] : status === 'PUBLISHED' ? ['close', 'cancel'] : [];
  if (available.length === 0) return null;

  const ask = (action: Action) => {
    setAsking(action);
    setProblem(null);
    setReasonError(false);
  };

  const confirm = async () => {
    if (!asking) return;
    const trimmed = reason.trim();
    if (asking === 'cancel' && (!trimmed || trimmed.length > maxReasonLength)) {
      setReasonError(true);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      if (asking === 'publish') await request(publishVacancyMutation, { id: vacancyId });
      else if (asking === 'close') await request(closeVacancyMutation, { id: vacancyId });
      else await request(cancelVacancyMutation, { id: vacancyId, reason: trimmed });
      const done = asking === 'publish' ? t('didPublish') : asking === 'close' ? t('didClose') : t('didCancel');
      setAsking(null);
      setReason('');
      onDone(done);
    } catch (error) {
      setProblem(messageOf(error, t('actionFailed')));
    } finally {
      setBusy(false);
    }
  };

  const question = asking === 'publish' ? t('confirmPublish') : asking === 'close' ? t('confirmClose') : t('confirmCancel');
  return (
    <section aria-labelledby="hr-actions-heading" className="hr-section">
      <h2 id="hr-actions-heading">{t('actions')}</h2>
      {!asking ? (
        <div className="hr-card__actions">
          {available.map(action => (
            <button key={action} type="button" className={`button${action === 'cancel' ? ' button--secondary' : ''}`} onClick={() => ask(action)}>
              {t(action)}
            </button>
          ))}
        </div>
      ) : (
        <div className="hr-confirm" role="group" aria-labelledby="hr-confirm-question">
          <p id="hr-confirm-question"><strong>{t(asking)}.</strong> {question}</p>
          {asking === 'cancel' && (
            <Field id="hr-cancel-reason" label={t('cancelReason')} error={reasonError && t('cancelReasonRequired')}>
              {describedBy => (
                <textarea id="hr-cancel-reason" rows={3} value={reason} aria-invalid={reasonError} aria-describedby={describedBy} onChange={event => setReason(event.target.value)} />
              )}
            </Field>
          )}
          <div className="hr-card__actions">
            <button type="button" className="button" disabled={busy} onClick={() => void confirm()}>{t('confirm')}</button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => setAsking(null)}>{t('back')}</button>
          </div>
        </div>
      )}
      {problem && <p className="hr-error" role="alert">{problem}</p>}
    </section>
  );
}
