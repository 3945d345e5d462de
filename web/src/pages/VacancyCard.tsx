import type { VacanciesQuery } from '../api/generated';
import { useI18n } from '../i18n/I18n';
import { fill } from '../i18n/messages';
import { Link, vacancyPath } from '../routing/router';

type Edge = VacanciesQuery['vacancies']['edges'][number];
type Vacancy = Edge['node'];

export function VacancyCard({ vacancy, snippet }: { vacancy: Vacancy; snippet?: Edge['snippet'] }) {
  const { t, format } = useI18n();
  const regions = [...new Map(vacancy.offices.map(o => [o.region.code, o.region.name.text])).values()];
  return (
    <article className="vacancy-card" aria-labelledby={`v-${vacancy.id}`}>
      <h2 id={`v-${vacancy.id}`} className="vacancy-card__title">
        <Link href={vacancyPath(vacancy.code)}>{vacancy.title.text}</Link>
      </h2>
      <p className="vacancy-card__body">{vacancy.stateBody.shortName.text}</p>
      {snippet?.some(f => f.matched) && (
        <p className="vacancy-card__snippet">
          {snippet.map((fragment, i) => fragment.matched ? <mark key={i}>{fragment.text}</mark> : fragment.text)}
        </p>
      )}
      <dl className="facts">
        <div><dt>{t('salary')}</dt><dd>{format.salary(vacancy.salaryMin, vacancy.salaryMax)}</dd></div>
        <div><dt>{t('positionGroup')}</dt><dd>{t(`group${vacancy.group}`)}</dd></div>
        <div><dt>{t('deadline')}</dt><dd>{fill(t('deadlineUntil'), { date: format.date(vacancy.deadline) })}</dd></div>
        {regions.length > 0 && <div><dt>{t('region')}</dt><dd>{regions.join(', ')}</dd></div>}
      </dl>
    </article>
  );
}
