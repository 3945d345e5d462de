import { useEffect, useState } from 'react';
import type { PersonnelReserveQuery, PersonnelReserveQueryVariables, PositionGroup } from '../api/generated';
import { useGraphQL, useQuery } from '../api/useQuery';
import { useI18n } from '../i18n/I18n';
import { fill } from '../i18n/messages';
import { useTexts } from '../i18n/texts';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { Link, navigate, useLocation, vacancyPath } from '../routing/router';
import { LoadError, Loading } from '../pages/Status';
import { hrTexts } from './hrTexts';
import { applicantsById, reserveApplicantsQuery, type ReserveApplicant } from './reserveApplicants';
import { positionGroups } from './vacancyForm';
import { personnelReserveQuery } from './vacancyOperations';

const pageSize = 100;

/** «Кадрлар резерви» of the reviewer's bodies, newest first, by position group. */
export function ReservePage() {
  const t = useTexts(hrTexts);
  const { t: common, format } = useI18n();
  const { search } = useLocation();
  const group = positionGroups.find(g => g === new URLSearchParams(search).get('group')) ?? null;
  const request = useGraphQL();
  const state = useQuery<PersonnelReserveQuery, PersonnelReserveQueryVariables>(personnelReserveQuery, { group, first: pageSize });
  const entries = state.status === 'done' ? state.data.personnelReserve : null;
  const [applicants, setApplicants] = useState<Map<string, ReserveApplicant>>(new Map());
  useDocumentTitle(t('reserveHeading'));

  const ids = entries?.map(entry => entry.applicationId).join(',') ?? '';
  useEffect(() => {
    if (!ids) return;
    const controller = new AbortController();
    const { query, variables } = reserveApplicantsQuery(ids.split(','));
    request<Record<string, ReserveApplicant | null>, Record<string, string>>(query, variables, controller.signal)
      .then(data => setApplicants(applicantsById(data)))
      // Names are a help, not the list itself: without them each entry still shows its competition and dates.
      .catch(() => undefined);
    return () => controller.abort();
  }, [ids, request]);

  return (
    <section aria-labelledby="hr-reserve-heading">
      <h1 id="hr-reserve-heading">{t('reserveHeading')}</h1>
      <form className="search-form" aria-label={t('reserveFilter')} onSubmit={event => event.preventDefault()}>
        <div className="field">
          <label htmlFor="hr-reserve-group">{common('positionGroup')}</label>
          <select id="hr-reserve-group" value={group ?? ''} onChange={event => navigate('/hr/reserve' + (event.target.value ? `?group=${event.target.value}` : ''))}>
            <option value="">{common('any')}</option>
            {positionGroups.map(g => <option key={g} value={g}>{common(`group${g}`)}</option>)}
          </select>
        </div>
      </form>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadError retry={state.retry} />}
      {entries && (
        <>
          <p role="status" className="results__count">{fill(t('reserveCount'), { count: format.number(entries.length) })}</p>
          {entries.length === 0 ? <p className="status">{t('reserveEmpty')}</p> : (
            <ul className="hr-list">
              {entries.map(entry => {
                const applicant = applicants.get(entry.applicationId.toLowerCase());
                return (
                  <li key={entry.id} className="hr-card">
                    <h2 className="hr-card__title">{applicant?.snapshot?.applicantName ?? applicant?.number ?? entry.sourceVacancy.title.text}</h2>
                    <dl className="facts">
                      {applicant && <div><dt>{t('reserveApplication')}</dt><dd>{applicant.number}</dd></div>}
                      <div><dt>{common('positionGroup')}</dt><dd>{common(`group${entry.group as PositionGroup}`)}</dd></div>
                      <div>
                        <dt>{t('reserveVacancy')}</dt>
                        <dd><Link href={vacancyPath(entry.sourceVacancy.code)}>{entry.sourceVacancy.code}</Link> — {entry.sourceVacancy.title.text}</dd>
                      </div>
                      <div><dt>{t('reservePeriod')}</dt><dd>{fill(t('reserveFrom'), { from: format.date(String(entry.startsOn)), to: format.date(String(entry.endsOn)) })}</dd></div>
                      <div><dt>{t('reserveStateBody')}</dt><dd>{entry.stateBody.shortName.text}</dd></div>
                      <div><dt>{t('status')}</dt><dd>{t(`reserveStatus${entry.status}`)}</dd></div>
                    </dl>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
