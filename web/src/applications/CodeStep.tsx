import { useId, useState, type FormEvent } from 'react';
import type {
  ConfirmApplicationSignatureMutation,
  ConfirmApplicationSignatureMutationVariables,
  ResendApplicationSigningCodeMutation,
  ResendApplicationSigningCodeMutationVariables,
} from '../api/generated';
import { FormStatus } from '../forms/FormStatus';
import { useMutation } from '../forms/useMutation';
import { useTexts } from '../i18n/texts';
import type { ApplicationDetails } from './ApplicationPage';
import { confirmApplicationSignatureMutation, resendApplicationSigningCodeMutation } from './operations';
import { applicationTexts } from './texts';
import { normalizeCode } from './signingCode';

/** The e-mailed 6-digit code: confirmed, it signs the document and files the application. */
export function CodeStep({ application, onFiled }: { application: ApplicationDetails; onFiled(): void }) {
  const t = useTexts(applicationTexts);
  const id = useId();
  const [code, setCode] = useState('');
  const [formatError, setFormatError] = useState(false);
  const confirm = useMutation<ConfirmApplicationSignatureMutation, ConfirmApplicationSignatureMutationVariables>(confirmApplicationSignatureMutation);
  const resend = useMutation<ResendApplicationSigningCodeMutation, ResendApplicationSigningCodeMutationVariables>(resendApplicationSigningCodeMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const digits = normalizeCode(code);
    setFormatError(digits === null);
    if (digits === null) return;
    if (await confirm.run({ applicationId: application.id, code: digits })) onFiled();
  };

  return (
    <form className="step" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('sign')}</h2>
      <p>{t('codeSent')}</p>
      <div className="field code-field">
        <label htmlFor={id}>{t('code')}</label>
        <input
          id={id}
          value={code}
          onChange={e => setCode(e.target.value)}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={12}
          aria-invalid={formatError || confirm.state.status === 'failed' ? true : undefined}
          aria-describedby={formatError ? `${id}-error` : undefined}
        />
        {formatError && <p id={`${id}-error`} className="field__error">{t('codeFormat')}</p>}
      </div>
      <p className="step__actions">
        <button type="submit" className="button button--primary" disabled={confirm.state.status === 'saving'}>{t('confirm')}</button>
        <button type="button" className="button button--secondary" onClick={() => void resend.run({ applicationId: application.id })}>{t('resend')}</button>
      </p>
      <FormStatus state={confirm.state.status === 'failed' ? confirm.state : { status: 'idle' }} />
      <FormStatus state={resend.state} savedText={t('resent')} />
    </form>
  );
}
