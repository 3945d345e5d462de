import { useState, type DragEvent } from 'react';
import { useQuery } from '../api/useQuery';
import { useI18n } from '../i18n/I18n';
import { useTexts } from '../i18n/texts';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { LoadError, Loading } from '../pages/Status';
import { verifyApplicationQuery, verifyPdf, type VerificationAnswer } from './operations';
import { verifyTexts } from './verifyTexts';
import './verify.css';

/** «/verify»: anyone drops a signed application's PDF, or opens /verify/AR-… from the QR code printed on it. */
export default function VerifyPage({ number }: { number?: string }) {
  const t = useTexts(verifyTexts);
  const { language } = useI18n();
  useDocumentTitle(t('title'));
  const [checked, setChecked] = useState<VerificationAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);

  const check = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setChecked(null);
    try {
      const answer = await verifyPdf(file, language);
      if ('error' in answer) setError(answer.error);
      else setChecked(answer);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const drop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    void check(event.dataTransfer.files[0]);
  };

  return (
    <section className="verify" aria-labelledby="verify-heading">
      <h1 id="verify-heading">{t('title')}</h1>
      <p>{t('intro')}</p>
      <label
        className={over ? 'verify__drop verify__drop--over' : 'verify__drop'}
        onDragOver={event => { event.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <span>{t('drop')}</span>
        <span className="button">{t('choose')}</span>
        <input type="file" accept="application/pdf,.pdf" className="verify__input" data-testid="verify-file"
          onChange={event => void check(event.target.files?.[0])} />
      </label>
      <div aria-live="polite">
        {busy && <p role="status">{t('checking')}</p>}
        {error && <p className="status status--error" role="alert">{error}</p>}
        {checked && <Verdict answer={checked} />}
      </div>
      {number && <ByNumber number={number} />}
    </section>
  );
}

function ByNumber({ number }: { number: string }) {
  const t = useTexts(verifyTexts);
  const state = useQuery<{ verifyApplication: VerificationAnswer }, { number: string }>(verifyApplicationQuery, { number });
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError retry={state.retry} />;
  const answer = state.data.verifyApplication;
  return (
    <>
      <Verdict answer={answer} />
      {answer.signedDocumentSha256 && <p>{t('compare', { file: `${answer.number}.pdf` })}</p>}
    </>
  );
}

function Verdict({ answer }: { answer: VerificationAnswer }) {
  const t = useTexts(verifyTexts);
  const { format } = useI18n();
  const good = answer.verdict === 'VALID';
  return (
    <div className={good ? 'verify__verdict verify__verdict--valid' : 'verify__verdict verify__verdict--invalid'} data-verdict={answer.verdict}>
      <p className="verify__verdict-text">{t(answer.verdict)}</p>
      {answer.number && (
        <dl className="verify__facts">
          <dt>{t('number')}</dt><dd>{answer.number}</dd>
          {answer.vacancyCode && <><dt>{t('vacancy')}</dt><dd>{answer.vacancyCode}</dd></>}
          {answer.signerMaskedPin && <><dt>{t('signer')}</dt><dd>{answer.signerMaskedPin}</dd></>}
          {answer.signedAt && <><dt>{t('signedAt')}</dt><dd>{format.dateTime(answer.signedAt)}</dd></>}
          {answer.timeStampedAt && <><dt>{t('timeStampedAt')}</dt><dd>{format.dateTime(answer.timeStampedAt)}</dd></>}
          {answer.signedDocumentSha256 && <><dt>{t('hash')}</dt><dd className="verify__hash">{answer.signedDocumentSha256}</dd></>}
        </dl>
      )}
      {answer.basis && <p className="verify__basis">{t(answer.basis === 'EMBEDDED_SIGNATURE' ? 'basisEmbedded' : 'basisRegistry')}</p>}
    </div>
  );
}
