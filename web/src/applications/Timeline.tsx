import type { ApplicationDetails } from './ApplicationPage';
import { useI18n } from '../i18n/I18n';
import { useTexts } from '../i18n/texts';
import { statusTexts } from './statusTexts';
import { applicationTexts } from './texts';

type Actor = 'actor_citizen' | 'actor_hr' | 'actor_system';

/** The application's history in plain words: what happened, when, and who did it. */
export function Timeline({ events }: { events: ApplicationDetails['timeline'] }) {
  const t = useTexts(applicationTexts);
  const status = useTexts(statusTexts);
  const { format } = useI18n();
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timeline')}</h2>
      <ol className="timeline">
        {events.map((e, i) => {
          const actor = `actor_${e.actor}` as Actor;
          return (
            <li key={i}>
              <time dateTime={e.at}>{format.dateTime(e.at)}</time>
              <span className="timeline__what">{status(e.status)}</span>
              <span className="timeline__who">{['actor_citizen', 'actor_hr', 'actor_system'].includes(actor) ? t(actor) : e.actor}</span>
              {e.score != null && <span>{t('score', { score: e.score })}</span>}
              {e.reason && <span>{t('reason')}: {e.reason}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
