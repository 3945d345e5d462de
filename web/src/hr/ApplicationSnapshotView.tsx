import { useState } from 'react';
import { useAuth } from '../auth/Auth';
import { openProtectedFile } from '../forms/upload';
import { useI18n } from '../i18n/I18n';
import { useTexts } from '../i18n/texts';
import { hrTexts } from './hrTexts';
import type { TaskApplication } from './TaskPage';
import { taskTexts } from './taskTexts';

/** The application as frozen when it was signed: what the reviewer decides on, not the profile as it is today. */
export function ApplicationSnapshotView({ application }: { application: TaskApplication }) {
  const t = useTexts(taskTexts);
  const hr = useTexts(hrTexts);
  const { format } = useI18n();
  const snapshot = application.snapshot;
  const orNone = (value: string | null | undefined) => value?.trim() || t('none');
  return (
    <section aria-labelledby="hr-snapshot-heading" className="hr-section">
      <h2 id="hr-snapshot-heading">{t('snapshot')}</h2>
      <dl className="facts facts--large">
        <div><dt>{t('status')}</dt><dd>{hr(`status${application.status}`)}</dd></div>
        {application.signedAt && <div><dt>{t('signedAt')}</dt><dd>{format.dateTime(application.signedAt)}</dd></div>}
        {application.testScore != null && <div><dt>{t('score')}</dt><dd>{format.number(application.testScore)} / 60</dd></div>}
        {snapshot && (
          <>
            <div><dt>{t('applicant')}</dt><dd>{snapshot.applicantName}</dd></div>
            <div><dt>{t('dateOfBirth')}</dt><dd>{format.date(String(snapshot.applicantDateOfBirth))}</dd></div>
            <div><dt>{t('email')}</dt><dd>{orNone(snapshot.applicantEmail)}</dd></div>
            <div><dt>{t('phone')}</dt><dd>{orNone(snapshot.applicantPhone)}</dd></div>
            <div><dt>{t('address')}</dt><dd>{orNone(snapshot.applicantAddress)}</dd></div>
            <div><dt>{t('filterVacancy')}</dt><dd>{application.vacancy.code} — {snapshot.vacancyTitle}</dd></div>
            <div><dt>{t('stateBody')}</dt><dd>{snapshot.stateBody}</dd></div>
            <div><dt>{t('office')}</dt><dd>{snapshot.officeName}</dd></div>
            <div><dt>{t('officeAddress')}</dt><dd>{snapshot.officeAddress}</dd></div>
          </>
        )}
      </dl>
      {snapshot && (
        <div className="hr-columns">
          <section aria-labelledby="hr-education-heading">
            <h3 id="hr-education-heading">{t('education')}</h3>
            <Lines lines={snapshot.education} none={t('none')} />
          </section>
          <section aria-labelledby="hr-work-heading">
            <h3 id="hr-work-heading">{t('work')}</h3>
            <Lines lines={snapshot.work} none={t('none')} />
          </section>
        </div>
      )}
      {snapshot && <UploadedDocuments documents={snapshot.documents} />}
    </section>
  );
}

function Lines({ lines, none }: { lines: string[]; none: string }) {
  if (lines.length === 0) return <p>{none}</p>;
  return <ul className="hr-lines">{lines.map((line, i) => <li key={i}>{line}</li>)}</ul>;
}

/** The proofs the citizen uploaded (diploma, work record), fetched with the token when opened. */
function UploadedDocuments({ documents }: { documents: NonNullable<TaskApplication['snapshot']>['documents'] }) {
  const t = useTexts(taskTexts);
  const { user } = useAuth();
  const [failed, setFailed] = useState(false);
  if (documents.length === 0) return null;
  return (
    <section aria-labelledby="hr-documents-heading">
      <h3 id="hr-documents-heading">{t('uploadedDocuments')}</h3>
      <ul className="hr-lines">
        {documents.map(d => (
          <li key={d.id}>
            {d.label}{' '}
            <button
              type="button"
              className="button button--small button--secondary"
              aria-label={`${t('openDocument')}: ${d.label}`}
              onClick={async () => setFailed(!(user && (await openProtectedFile(d.url, user.accessToken))))}
            >
              {t('openDocument')}
            </button>
          </li>
        ))}
      </ul>
      {failed && <p role="alert" className="error">{t('documentFailed')}</p>}
    </section>
  );
}
