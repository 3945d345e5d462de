import { useState } from 'react';
import type {
  ChangeApplicationOfficeMutation,
  ChangeApplicationOfficeMutationVariables,
  RequestApplicationSignatureMutation,
  RequestApplicationSignatureMutationVariables,
} from '../api/generated';
import { useAuth } from '../auth/Auth';
import { FormStatus } from '../forms/FormStatus';
import { openProtectedFile } from '../forms/upload';
import { useMutation } from '../forms/useMutation';
import { useI18n } from '../i18n/I18n';
import { useTexts } from '../i18n/texts';
import type { ApplicationDetails } from './ApplicationPage';
import { ApplicationDocument } from './ApplicationDocument';
import { changeApplicationOfficeMutation, requestApplicationSignatureMutation } from './operations';
import { applicationTexts } from './texts';

/**
 * «Арыз»: the document shown on screen (the same sentences as the PDF) with the PDF to download; before signing,
 * «Кол коюу» asks for the e-mailed code, or the citizen goes back to change the office.
 */
export function DocumentStep({ application, onChanged, signed = false }: { application: ApplicationDetails; onChanged(): void; signed?: boolean }) {
  const t = useTexts(applicationTexts);
  const { format } = useI18n();
  const { user } = useAuth();
  const [open, setOpen] = useState(false);
  const [pdfFailed, setPdfFailed] = useState(false);
  const sign = useMutation<RequestApplicationSignatureMutation, RequestApplicationSignatureMutationVariables>(requestApplicationSignatureMutation);
  const back = useMutation<ChangeApplicationOfficeMutation, ChangeApplicationOfficeMutationVariables>(changeApplicationOfficeMutation);

  const downloadPdf = async () => {
    if (!application.documentUrl || !user) return;
    setPdfFailed(!(await openProtectedFile(application.documentUrl, user.accessToken, `${application.number}.pdf`)));
  };

  return (
    <section className="step" aria-labelledby="document-heading">
      <h2 id="document-heading">{t('application')}</h2>
      {!signed && <p>{t('readIntro')}</p>}
      {signed && application.signedAt && (
        <dl className="facts">
          <div><dt>{t('signedAt')}</dt><dd>{format.dateTime(application.signedAt)}</dd></div>
          {application.signedDocumentSha256 && <div><dt>{t('hash')}</dt><dd className="hash">{application.signedDocumentSha256}</dd></div>}
        </dl>
      )}
      <p className="step__actions">
        <button type="button" className="button button--secondary" aria-expanded={open} aria-controls="application-document" onClick={() => setOpen(o => !o)}>
          {open ? t('hideApplication') : t('application')}
        </button>
        {application.documentUrl && (
          <button type="button" className="button button--secondary" onClick={() => void downloadPdf()}>{t('pdf')}</button>
        )}
      </p>
      {pdfFailed && <p role="alert" className="error">{t('pdfFailed')}</p>}
      {open && application.snapshot && <ApplicationDocument id="application-document" snapshot={application.snapshot} number={application.number} />}
      {!signed && (
        <>
          <p className="step__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={sign.state.status === 'saving'}
              onClick={async () => { if (await sign.run({ applicationId: application.id })) onChanged(); }}
            >
              {t('sign')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={async () => { if (await back.run({ applicationId: application.id })) onChanged(); }}
            >
              {t('changeOffice')}
            </button>
          </p>
          <FormStatus state={sign.state.status === 'failed' ? sign.state : back.state.status === 'failed' ? back.state : { status: 'idle' }} />
        </>
      )}
    </section>
  );
}
