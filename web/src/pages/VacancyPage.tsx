import type { VacancyQuery, VacancyQueryVariables } from '../api/generated';
import { vacancyQuery } from '../api/operations';
import { useQuery } from '../api/useQuery';
import { useI18n } from '../i18n/I18n';
import { fill } from '../i18n/messages';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { Link } from '../routing/router';
import { ApplyPanel } from '../applications/ApplyPanel';
import { LoadError, Loading } from './Status';

export default function VacancyPage({ code }: { code: string }) {
  const { t } = useI18n();
  const state = useQuery<VacancyQuery, VacancyQueryVariables>(vacancyQuery, { code });
  const vacancy = state.status === 'done' ? state.data.vacancy : undefined;
  useDocumentTitle(vacancy ? vacancy.title.text : vacancy === null ? t('vacancyNotFound') : null);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError retry={state.retry} />;
  if (!vacancy) {
    return (
      <section className="page narrow" aria-labelledby="vacancy-heading">
        <h1 id="vacancy-heading">{t('vacancyNotFound')}</h1>
        <p><Link href="/">{t('backToVacancies')}</Link></p>
      </section>
    );
  }
  return <VacancyDetails vacancy={vacancy} />;
}

function VacancyDetails({ vacancy }: { vacancy: NonNullable<VacancyQuery['vacancy']> }) {
  const { t, format } = useI18n();
  return (
    <article className="page vacancy" aria-labelledby="vacancy-heading">
      <p className="back"><Link href="/">← {t('backToVacancies')}</Link></p>
      <h1 id="vacancy-heading">{vacancy.title.text}</h1>
      <p className="vacancy__body">{vacancy.stateBody.name.text}</p>
      <dl className="facts facts--large">
        <div><dt>{t('salary')}</dt><dd>{format.salary(vacancy.salaryMin, vacancy.salaryMax)}</dd></div>
        <div><dt>{t('positionGroup')}</dt><dd>{t(`group${vacancy.group}`)}</dd></div>
        <div><dt>{t('employment')}</dt><dd>{t(`employment${vacancy.employment}`)}</dd></div>
        <div><dt>{t('deadline')}</dt><dd>{fill(t('deadlineUntil'), { date: format.dateTime(vacancy.deadline) })}</dd></div>
        {vacancy.publishedAt && <div><dt>{t('published')}</dt><dd>{format.date(vacancy.publishedAt)}</dd></div>}
        <div><dt>{t('announcementNumber')}</dt><dd>{vacancy.code}</dd></div>
      </dl>

      <ApplyPanel vacancy={vacancy} />

      <section aria-labelledby="description-heading">
        <h2 id="description-heading">{t('description')}</h2>
        <Paragraphs text={vacancy.description.text} />
      </section>
      <section aria-labelledby="requirements-heading">
        <h2 id="requirements-heading">{t('requirements')}</h2>
        <Paragraphs text={vacancy.requirements.text} />
      </section>
      <section aria-labelledby="offices-heading">
        <h2 id="offices-heading">{t('offices')}</h2>
        <ul className="offices">
          {vacancy.offices.map(office => (
            <li key={office.id} className="office">
              <h3>{office.name.text}</h3>
              <dl className="facts">
                <div><dt>{t('officeRegion')}</dt><dd>{office.region.name.text}</dd></div>
                <div><dt>{t('officeAddress')}</dt><dd>{office.address.text}</dd></div>
              </dl>
            </li>
          ))}
        </ul>
      </section>
      {(vacancy.stateBody.email || vacancy.stateBody.phone) && (
        <section aria-labelledby="contacts-heading">
          <h2 id="contacts-heading">{t('contacts')}</h2>
          <p>
            {vacancy.stateBody.email && <a href={`mailto:${vacancy.stateBody.email}`}>{vacancy.stateBody.email}</a>}
            {vacancy.stateBody.email && vacancy.stateBody.phone && ' · '}
            {vacancy.stateBody.phone && <a href={`tel:${vacancy.stateBody.phone.replace(/\s/g, '')}`}>{vacancy.stateBody.phone}</a>}
          </p>
        </section>
      )}
    </article>
  );
}

function Paragraphs({ text }: { text: string }) {
  return <>{text.split(/\n{2,}|\r?\n/).filter(Boolean).map((line, i) => <p key={i}>{line}</p>)}</>;
}
