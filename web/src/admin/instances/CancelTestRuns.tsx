import { useState } from 'react';
import type { AdminCancelWorkflowTestRunsMutation, AdminCancelWorkflowTestRunsMutationVariables } from '../../api/generated';
import { useGraphQL } from '../../api/useQuery';
import { useTexts } from '../../i18n/texts';
import { errorMessage } from '../adminErrors';
import { cancelTestRunsMutation } from './instanceOperations';
import { monitorTexts } from './monitorTexts';

/** Cancels every running test run (of the filtered process, if one is chosen), after a confirmation. */
export function CancelTestRuns({ processKey, onCancelled }: { processKey?: string; onCancelled(): void }) {
  const t = useTexts(monitorTexts);
  const request = useGraphQL();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const cancel = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const { cancelWorkflowTestRuns } = await request<AdminCancelWorkflowTestRunsMutation, AdminCancelWorkflowTestRunsMutationVariables>(
        cancelTestRunsMutation, { key: processKey ?? null });
      setMessage({ text: t('testRunsCancelled', { count: cancelWorkflowTestRuns }), error: false });
      onCancelled();
    } catch (error) {
      setMessage({ text: t('actionFailed', { message: errorMessage(error) }), error: true });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <div className="admin-test-runs">
      <div className="admin-toolbar">
        {!confirming && (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => setConfirming(true)}>
            {processKey ? t('cancelTestRunsOf', { key: processKey }) : t('cancelTestRuns')}
          </button>
        )}
        {confirming && (
          <div className="admin-confirm" role="group" aria-labelledby="cancel-test-runs-question">
            <p id="cancel-test-runs-question">
              {processKey ? t('cancelTestRunsOfQuestion', { key: processKey }) : t('cancelTestRunsQuestion')}
            </p>
            <button type="button" className="button" disabled={busy} onClick={() => void cancel()}>{t('cancelConfirm')}</button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => setConfirming(false)} autoFocus>{t('cancelKeep')}</button>
          </div>
        )}
      </div>
      <div role="status" aria-live="polite" className={message?.error ? 'status status--error' : 'admin-message'}>{message?.text}</div>
    </div>
  );
}
