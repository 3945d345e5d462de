import type { ApplicationDetails } from './ApplicationPage';
import { useI18n } from '../i18n/I18n';
import { useTexts } from '../i18n/texts';
import { statusTexts } from './statusTexts';
import { applicationTexts } from './texts';

type Actor = 'actor_citizen' | 'actor_hr' | 'actor_system';
type Entry =
  | { kind: 'status'; at: string; event: ApplicationDetails['timeline'][number] }
  | { kind: 'step_reached' | 'step_done'; at: string; name: string };

/** The statuses and the steps administrators added (which no status names), oldest first. */
export function timelineEntries(events: ApplicationDetails['timeline'], steps: ApplicationDetails['addedSteps']): Entry[] {
  const entries: Entry[] = events.map(event => ({ kind: 'status', at: event.at, event }));
  for (const step of steps) {
    entries.push({ kind: 'step_reached', at: step.reachedAt, name: step.name.text });
    if (step.completedAt) entries.push({ kind: 'step_done', at: step.completedAt, name: step.name.text });
  }
  // A stable sort: a status and a step of the same instant keep the order above.
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The application's history in plain words: what happened, when, and who did it. */
export function Timeline({ events, steps }: { events: ApplicationDetails['timeline']; steps: ApplicationDetails['addedSteps'] }) {
  const t = useTexts(applicationTexts);
  const status = useTexts(statusTexts);
  const { format } = useI18n();
  const entries = timelineEntries(events, steps);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timeline')}</h2>
      <ol className="timeline">
        {entries.map((entry, i) => {
          if (entry.kind !== 'status') {
            return (
              <li key={i} data-step={entry.kind}>
                <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
                <span className="timeline__what">{t(entry.kind, { name: entry.name })}</span>
              </li>
            );
          }
          const e = entry.event;
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
