import type { MyReserveQuery } from '../api/generated';
import { useQuery } from '../api/useQuery';
import { useI18n } from '../i18n/I18n';
import { defineTexts, useTexts } from '../i18n/texts';
import { LoadError, Loading } from '../pages/Status';
import { Link, vacancyPath } from '../routing/router';
import { reserveQuery } from './operations';
import { cabinetTexts } from './texts';

const texts = defineTexts(
  {
    intro: 'Конкурста жеңүүчүдөн кийинки орунду ээлегендер мамлекеттик органдын кадрлар резервине киргизилет.',
    body: 'Мамлекеттик орган', group: 'Кызмат орундарынын тобу', period: 'Мөөнөтү', source: 'Конкурс', status: 'Абалы',
    ACTIVE: 'Резервде', EXPIRED: 'Мөөнөтү бүттү',
  },
  {
    intro: 'Занявшие место после победителя конкурса включаются в кадровый резерв государственного органа.',
    body: 'Государственный орган', group: 'Группа должностей', period: 'Срок', source: 'Конкурс', status: 'Статус',
    ACTIVE: 'В резерве', EXPIRED: 'Срок истёк',
  },
  {
    intro: 'Runners-up of a competition enter the state body’s personnel reserve.',
    body: 'State body', group: 'Position group', period: 'Period', source: 'Competition', status: 'Status',
    ACTIVE: 'In the reserve', EXPIRED: 'Expired',
  },
);

/** «Кадрлар резерви»: the citizen's places in personnel reserves, with their period. */
export default function ReserveSection() {
  const t = useTexts(texts);
  const c = useTexts(cabinetTexts);
  const { t: common, format } = useI18n();
  const state = useQuery<MyReserveQuery, Record<string, never>>(reserveQuery, {});
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError retry={state.retry} />;
  const entries = state.data.me.reserveEntries;
  return (
    <>
      <p className="hint">{t('intro')}</p>
      {entries.length === 0 ? (
        <p>{c('none')}</p>
      ) : (
        <ul className="records">
          {entries.map(e => (
            <li key={e.id} className="record reserve-entry">
              <h2 className="record__title">{e.stateBody.name.text}</h2>
              <dl className="facts">
                <div><dt>{t('group')}</dt><dd>{common(`group${e.group}`)}</dd></div>
                <div><dt>{t('period')}</dt><dd>{format.date(e.startsOn)} — {format.date(e.endsOn)}</dd></div>
                <div><dt>{t('source')}</dt><dd><Link href={vacancyPath(e.sourceVacancy.code)}>{e.sourceVacancy.title.text}</Link></dd></div>
                <div><dt>{t('status')}</dt><dd><span className="status-tag">{t(e.status)}</span></dd></div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
