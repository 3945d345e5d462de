import { useState } from 'react';
import type { AdminFailedDeliveriesQuery, AdminRetryDeliveryMutation, AdminRetryDeliveryMutationVariables } from '../../api/generated';
import { useGraphQL, useQuery } from '../../api/useQuery';
import { useI18n } from '../../i18n/I18n';
import { useTexts } from '../../i18n/texts';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { LoadError, Loading } from '../../pages/Status';
import { adminTexts } from '../adminTexts';
import { errorMessage } from '../adminErrors';
import { failedDeliveriesQuery, retryDeliveryMutation } from './deliveryOperations';

export function DeliveriesPage() {
  const t = useTexts(adminTexts);
  const { format } = useI18n();
  useDocumentTitle(t('deliveries'));
  const state = useQuery<AdminFailedDeliveriesQuery, Record<string, never>>(failedDeliveriesQuery, {});
  const request = useGraphQL();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const retry = async (id: string) => {
    setBusy(id);
    setMessage(null);
    try {
      await request<AdminRetryDeliveryMutation, AdminRetryDeliveryMutationVariables>(retryDeliveryMutation, { id });
      setMessage({ text: t('deliveryRetried'), error: false });
      if (state.status === 'done') state.refresh();
    } catch (error) {
      setMessage({ text: t('actionFailed', { message: errorMessage(error) }), error: true });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="page" aria-labelledby="deliveries-heading">
      <h1 id="deliveries-heading">{t('deliveries')}</h1>
      <p>{t('deliveriesHint')}</p>
      <div role="status" className={message?.error ? 'status status--error' : 'admin-message'}>{message?.text}</div>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadError retry={state.retry} />}
      {state.status === 'done' && state.data.failedNotificationDeliveries.length === 0 && <p>{t('deliveriesEmpty')}</p>}
      {state.status === 'done' && state.data.failedNotificationDeliveries.length > 0 && (
        <ul className="admin-list">
          {state.data.failedNotificationDeliveries.map(delivery => (
            <li key={delivery.id} className="admin-list__item">
              <dl className="admin-facts">
                <div><dt>{t('kind')}</dt><dd>{delivery.kind}</dd></div>
                <div><dt>{t('channel')}</dt><dd>{delivery.channel}</dd></div>
                <div><dt>{t('attempts')}</dt><dd>{delivery.attempts}</dd></div>
                <div><dt>{t('created')}</dt><dd>{format.dateTime(delivery.createdAt)}</dd></div>
                {delivery.lastError && <div className="admin-facts__wide"><dt>{t('lastError')}</dt><dd>{delivery.lastError}</dd></div>}
              </dl>
              <button type="button" className="button button--small" disabled={busy !== null} onClick={() => void retry(delivery.id)}>
                {t('retryDelivery')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
