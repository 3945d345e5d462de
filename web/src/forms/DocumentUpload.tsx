import { useId, useState, type ChangeEvent } from 'react';
import { useAuth } from '../auth/Auth';
import { useI18n } from '../i18n/I18n';
import { defineTexts, useTexts } from '../i18n/texts';
import { uploadDocument } from './upload';

const maxBytes = 10 * 1024 * 1024;

const texts = defineTexts(
  {
    upload: 'Документти жүктөө',
    hint: 'PDF, JPEG же PNG, 10 МБ чейин.',
    uploading: 'Жүктөлүүдө…',
    uploaded: 'Жүктөлдү: {name}',
    attached: 'Документ тиркелген.',
    tooLarge: 'Файл өтө чоң: 10 МБ чейин жүктөөгө болот.',
    failed: 'Документти жүктөө мүмкүн болгон жок. Кайра аракет кылыңыз.',
  },
  {
    upload: 'Загрузить документ',
    hint: 'PDF, JPEG или PNG, до 10 МБ.',
    uploading: 'Загрузка…',
    uploaded: 'Загружено: {name}',
    attached: 'Документ приложен.',
    tooLarge: 'Файл слишком большой: можно загрузить до 10 МБ.',
    failed: 'Не удалось загрузить документ. Попробуйте ещё раз.',
  },
  {
    upload: 'Upload a document',
    hint: 'PDF, JPEG or PNG, up to 10 MB.',
    uploading: 'Uploading…',
    uploaded: 'Uploaded: {name}',
    attached: 'A document is attached.',
    tooLarge: 'The file is too large: up to 10 MB.',
    failed: 'The document could not be uploaded. Please try again.',
  },
);

/** «Документти жүктөө»: uploads the chosen file at once and hands its id to the form. */
export function DocumentUpload({ documentId, onUploaded }: { documentId: string | null; onUploaded(id: string): void }) {
  const t = useTexts(texts);
  const { language } = useI18n();
  const { user } = useAuth();
  const id = useId();
  const [state, setState] = useState<{ status: 'idle' | 'uploading' } | { status: 'done'; name: string } | { status: 'failed'; message: string }>({ status: 'idle' });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || !user) return;
    if (file.size > maxBytes) {
      setState({ status: 'failed', message: t('tooLarge') });
      return;
    }
    setState({ status: 'uploading' });
    const result = await uploadDocument(file, user.accessToken, language);
    if (result.ok) {
      setState({ status: 'done', name: result.document.fileName });
      onUploaded(result.document.id);
    } else {
      setState({ status: 'failed', message: result.message || t('failed') });
    }
  };

  return (
    <div className="field field--wide">
      <label htmlFor={id}>{t('upload')}</label>
      <input id={id} type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" onChange={choose} aria-describedby={`${id}-hint ${id}-status`} />
      <p id={`${id}-hint`} className="field__hint">{t('hint')}</p>
      <p id={`${id}-status`} role={state.status === 'failed' ? 'alert' : 'status'} className={state.status === 'failed' ? 'field__error' : 'form-status'}>
        {state.status === 'uploading' && t('uploading')}
        {state.status === 'done' && t('uploaded', { name: state.name })}
        {state.status === 'failed' && state.message}
        {state.status === 'idle' && documentId && t('attached')}
      </p>
    </div>
  );
}
