import type { ApplicationDetails } from './ApplicationPage';
import { useI18n } from '../i18n/I18n';
import { useTexts } from '../i18n/texts';
import { applicationTexts } from './texts';

type Snapshot = NonNullable<ApplicationDetails['snapshot']>;

/** The application document on screen, in the document's own language, as frozen when it was made. */
export function ApplicationDocument({ id, snapshot, number }: { id: string; snapshot: Snapshot; number: string }) {
  const t = useTexts(applicationTexts);
  const { format } = useI18n();
  const w = snapshot.wording;
  const contacts = [snapshot.applicantEmail, snapshot.applicantPhone].filter(Boolean).join(', ');
  return (
    <div id={id} className="document" tabIndex={-1}>
      <p className="document__right" lang={w.language}>{w.addressee}</p>
      <p className="document__right">{snapshot.applicantName}</p>
      <h3 className="document__title" lang={w.language}>{w.title}</h3>
      <p lang={w.language}>{w.request}</p>
      <dl className="document__facts">
        <div><dt>{t('number')}</dt><dd>{number}</dd></div>
        <div><dt>{t('office')}</dt><dd>{snapshot.officeName}, {snapshot.officeAddress}</dd></div>
        <div><dt>{t('dateOfBirth')}</dt><dd>{format.date(snapshot.applicantDateOfBirth)}</dd></div>
        {contacts && <div><dt>{t('contacts')}</dt><dd>{contacts}</dd></div>}
        {snapshot.applicantAddress && <div><dt>{t('address')}</dt><dd>{snapshot.applicantAddress}</dd></div>}
      </dl>
      <h4>{t('education')}</h4>
      <ul lang={w.language}>{w.education.map((line, i) => <li key={i}>{line}</li>)}</ul>
      <h4>{t('work')}</h4>
      <ul lang={w.language}>{w.work.map((line, i) => <li key={i}>{line}</li>)}</ul>
      <h4>{t('consents')}</h4>
      {w.consents.map((line, i) => <p key={i} lang={w.language}>{line}</p>)}
      <p className="document__right" lang={w.language}>{w.date}</p>
    </div>
  );
}
