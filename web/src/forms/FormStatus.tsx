import { defineTexts, useTexts } from '../i18n/texts';
import type { MutationState } from './useMutation';

const texts = defineTexts(
  { saving: 'Сакталууда…', saved: 'Сакталды.', failed: 'Сактоо мүмкүн болгон жок. Байланышты текшерип, кайра аракет кылыңыз.' },
  { saving: 'Сохранение…', saved: 'Сохранено.', failed: 'Не удалось сохранить. Проверьте соединение и попробуйте ещё раз.' },
  { saving: 'Saving…', saved: 'Saved.', failed: 'Could not save. Check the connection and try again.' },
);

/** Announces a form's outcome: politely when saved, as an alert when refused (with the server's message). */
export function FormStatus({ state, savedText }: { state: MutationState; savedText?: string }) {
  const t = useTexts(texts);
  if (state.status === 'failed') {
    return <p role="alert" className="form-status form-status--error">{state.message || t('failed')}</p>;
  }
  return (
    <p role="status" className="form-status">
      {state.status === 'saving' ? t('saving') : state.status === 'saved' ? savedText ?? t('saved') : ''}
    </p>
  );
}
