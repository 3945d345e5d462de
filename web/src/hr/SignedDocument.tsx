import { useEffect, useState } from 'react';
import { useAuth } from '../auth/Auth';
import { useI18n } from '../i18n/I18n';
import { useTexts } from '../i18n/texts';
import type { TaskApplication } from './TaskPage';
import { taskTexts } from './taskTexts';

type State = { status: 'idle' } | { status: 'loading' } | { status: 'error' } | { status: 'ready'; url: string };

/**
 * The signed PDF. Its address needs the bearer token, which a plain link cannot send: it is fetched with the
 * token and offered as a blob address to open in a new tab or to save.
 */
export function SignedDocument({ application }: { application: TaskApplication }) {
  const t = useTexts(taskTexts);
  const { language } = useI18n();
  const { user } = useAuth();
  const [state, setState] = useState<State>({ status: 'idle' });
  const readyUrl = state.status === 'ready' ? state.url : null;

  useEffect(() => () => {
    if (readyUrl) URL.revokeObjectURL(readyUrl);
  }, [readyUrl]);

  const load = async () => {
    if (!application.documentUrl) return;
    setState({ status: 'loading' });
    try {
      const response = await fetch(application.documentUrl, {
        headers: { Authorization: `Bearer ${user?.accessToken ?? ''}`, 'Accept-Language': language },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const blob = await response.blob();
      const url = URL.createObjectURL(blob.type ? blob : new Blob([blob], { type: 'application/pdf' }));
      setState({ status: 'ready', url });
      window.open(url, '_blank', 'noopener');
    } catch {
      setState({ status: 'error' });
    }
  };

  return (
    <section aria-labelledby="hr-document-heading" className="hr-section">
      <h2 id="hr-document-heading">{t('signedDocument')}</h2>
      {!application.documentUrl ? (
        <p>{t('noDocument')}</p>
      ) : (
        <div className="hr-card__actions">
          {state.status === 'ready' ? (
            <>
              <a className="button button--small" href={state.url} target="_blank" rel="noopener">{t('openDocument')}</a>
              <a className="button button--small button--secondary" href={state.url} download={`${application.number}.pdf`}>{t('downloadDocument')}</a>
            </>
          ) : (
            <button type="button" className="button button--small" disabled={state.status === 'loading'} onClick={() => void load()}>
              {state.status === 'loading' ? t('documentLoading') : t('openDocument')}
            </button>
          )}
        </div>
      )}
      {state.status === 'error' && <p className="hr-error" role="alert">{t('documentError')}</p>}
      {application.signedDocumentSha256 && (
        <p className="hr-hash"><span>{t('checksum')}: </span><code>{application.signedDocumentSha256}</code></p>
      )}
    </section>
  );
}
