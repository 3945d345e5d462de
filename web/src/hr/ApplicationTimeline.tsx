import { useI18n } from '../i18n/I18n';
import { useTexts } from '../i18n/texts';
import { hrTexts } from './hrTexts';
import type { TaskApplication } from './TaskPage';
import { taskTexts } from './taskTexts';

const actors = ['citizen', 'hr', 'system'] as const;

/** Every status the application reached, oldest first, with who acted and why. */
export function ApplicationTimeline({ timeline }: { timeline: TaskApplication['timeline'] }) {
  const t = useTexts(taskTexts);
  const hr = useTexts(hrTexts);
  const { format } = useI18n();
  return (
    <section aria-labelledby="hr-timeline-heading" className="hr-section">
      <h2 id="hr-timeline-heading">{t('timeline')}</h2>
      <ol className="hr-timeline">
        {timeline.map((event, i) => {
          const actor = actors.find(a => a === event.actor);
          return (
            <li key={i}>
              <p className="hr-timeline__status">{hr(`status${event.status}`)}</p>
              <p className="hr-timeline__meta">
                <time dateTime={event.at}>{format.dateTime(event.at)}</time>
                {' · '}{actor ? t(`actor${actor}`) : event.actor}
              </p>
              {event.score != null && <p>{t('score')}: {format.number(event.score)}</p>}
              {event.reason && <p>{t('reason')}: {event.reason}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
