import { useI18n } from '../../i18n/I18n';
import { useTexts } from '../../i18n/texts';
import { monitorTexts } from './monitorTexts';

interface Entry {
  sequence: unknown;
  eventType: string;
  elementId: string | null;
  actor: string | null;
  occurredAt: string;
}

/** The instance's audit trail, oldest first; the table scrolls sideways on a narrow screen. */
export function InstanceHistory({ history }: { history: Entry[] }) {
  const t = useTexts(monitorTexts);
  const { format } = useI18n();
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history')}</h2>
      <div className="admin-table-scroll" role="region" aria-labelledby="history-heading" tabIndex={0}>
        <table className="admin-table">
          <thead>
            <tr><th scope="col">#</th><th scope="col">{t('when')}</th><th scope="col">{t('event')}</th><th scope="col">{t('element')}</th><th scope="col">{t('actor')}</th></tr>
          </thead>
          <tbody>
            {history.map(entry => (
              <tr key={String(entry.sequence)}>
                <td>{String(entry.sequence)}</td>
                <td>{format.dateTime(entry.occurredAt)}</td>
                <td>{entry.eventType}</td>
                <td>{entry.elementId ?? ''}</td>
                <td>{entry.actor ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
