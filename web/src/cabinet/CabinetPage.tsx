import { lazy, Suspense } from 'react';
import type { CabinetSummaryQuery } from '../api/generated';
import { useQuery } from '../api/useQuery';
import { useTexts } from '../i18n/texts';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { LoadError, Loading } from '../pages/Status';
import { cabinetPath, cabinetSections, Link, type CabinetSection } from '../routing/router';
import { CandidateTaskNotice } from '../tasks/CandidateTaskNotice';
import { BasicSection } from './BasicSection';
import { cabinetSummaryQuery } from './operations';
import { cabinetTexts } from './texts';
import './cabinet.css';

const PersonalSection = lazy(() => import('./PersonalSection'));
const AdditionalSection = lazy(() => import('./AdditionalSection'));
const EducationSection = lazy(() => import('./EducationSection'));
const ExperienceSection = lazy(() => import('./ExperienceSection'));
const ReserveSection = lazy(() => import('./ReserveSection'));
const SignInsSection = lazy(() => import('./SignInsSection'));
const NotificationsSection = lazy(() => import('./NotificationsSection'));
const FavouritesSection = lazy(() => import('./FavouritesSection'));
const ApplicationsSection = lazy(() => import('./ApplicationsSection'));
const TelegramSection = lazy(() => import('./TelegramSection'));

/** «Жеке кабинет»: the manual's nine blocks plus «Билим» and «Жумуш тажырыйбасы», one at a time beside their menu. */
export default function CabinetPage({ section }: { section: CabinetSection }) {
  const t = useTexts(cabinetTexts);
  const summary = useQuery<CabinetSummaryQuery, Record<string, never>>(cabinetSummaryQuery, {});
  useDocumentTitle(`${t(section)} — ${t('cabinet')}`);
  const refreshSummary = summary.status === 'done' ? summary.refresh : () => undefined;
  const unread = summary.status === 'done' ? summary.data.me.unreadNotificationCount : 0;

  return (
    <div className="page cabinet">
      <nav className="cabinet__menu" aria-label={t('sections')}>
        <ul>
          {(Object.keys(cabinetSections) as CabinetSection[]).map(key => (
            <li key={key}>
              <Link href={cabinetPath(key)} aria-current={key === section ? 'page' : undefined}>
                {t(key)}
                {key === 'notifications' && unread > 0 && (
                  <span className="badge">
                    <span aria-hidden="true">{unread}</span>
                    <span className="visually-hidden">{t('unread', { count: unread })}</span>
                  </span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="cabinet__section" aria-labelledby="section-heading">
        <h1 id="section-heading">{t(section)}</h1>
        {section === 'basic' && <CandidateTaskNotice />}
        <Suspense fallback={<Loading />}>
          {section === 'basic' &&
            (summary.status === 'loading' ? <Loading /> : summary.status === 'error' ? <LoadError retry={summary.retry} /> : <BasicSection me={summary.data.me} />)}
          {section === 'personal' && <PersonalSection onSaved={refreshSummary} />}
          {section === 'additional' && <AdditionalSection onSaved={refreshSummary} />}
          {section === 'education' && <EducationSection onSaved={refreshSummary} />}
          {section === 'experience' && <ExperienceSection onSaved={refreshSummary} />}
          {section === 'reserve' && <ReserveSection />}
          {section === 'signIns' && <SignInsSection />}
          {section === 'notifications' && <NotificationsSection onRead={refreshSummary} />}
          {section === 'favourites' && <FavouritesSection />}
          {section === 'applications' && <ApplicationsSection />}
          {section === 'telegram' && <TelegramSection />}
        </Suspense>
      </section>
    </div>
  );
}
