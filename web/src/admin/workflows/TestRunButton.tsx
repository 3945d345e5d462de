import { useId, useRef, useState, type FormEvent } from 'react';
import type { AdminStartWorkflowTestRunMutation, AdminStartWorkflowTestRunMutationVariables } from '../../api/generated';
import { useGraphQL } from '../../api/useQuery';
import { useTexts } from '../../i18n/texts';
import { navigate } from '../../routing/router';
import { adminPaths } from '../adminRoute';
import { errorMessage } from '../adminErrors';
import { designerTexts } from './designerTexts';
import { readVariables } from './testRunVariables';
import { startTestRunMutation } from './workflowOperations';

const problemTexts = { notJson: 'tryNotJson', notObject: 'tryNotObject', tooLarge: 'tryTooLarge' } as const;

/**
 * «Сынап көрүү»: starts a test run of one deployed version with the variables typed in a modal dialog (as Camunda
 * Modeler's «start instance»), then opens the new instance in the monitor. `inline`: drawn as a link, in a row of links.
 */
export function TestRunButton({ processKey, version, inline = false }: { processKey: string; version: number; inline?: boolean }) {
  const t = useTexts(designerTexts);
  const request = useGraphQL();
  const ids = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('{}');
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  const open = () => {
    setError(null);
    dialog.current?.showModal();
    field.current?.focus();
    field.current?.select();
  };
  const close = () => dialog.current?.close();

  const start = async (event: FormEvent) => {
    event.preventDefault();
    const read = readVariables(text);
    if ('problem' in read) {
      setError(t(problemTexts[read.problem]));
      field.current?.focus();
      return;
    }
    setStarting(true);
    setError(null);
    try {
      const { startWorkflowTestRun } = await request<AdminStartWorkflowTestRunMutation, AdminStartWorkflowTestRunMutationVariables>(
        startTestRunMutation, { input: { key: processKey, version, variables: read.json } });
      close();
      navigate(adminPaths.instance(startWorkflowTestRun.id));
    } catch (failure) {
      setError(t('tryFailed', { message: errorMessage(failure) }));
      field.current?.focus();
    } finally {
      setStarting(false);
    }
  };

  const titleId = `${ids}-title`;
  const hintId = `${ids}-hint`;
  const errorId = `${ids}-error`;
  return (
    <>
      <button type="button" ref={opener} className={inline ? 'admin-link-button' : 'button button--secondary'} onClick={open}>{t('tryRun')}</button>
      <dialog ref={dialog} className="admin-dialog" aria-labelledby={titleId} onClose={() => opener.current?.focus()}>
        <form onSubmit={e => void start(e)}>
          <h2 id={titleId}>{t('tryTitle', { key: processKey, version })}</h2>
          <p>{t('tryIntro')}</p>
          <div className="field">
            <label htmlFor={`${ids}-variables`}>{t('tryVariables')}</label>
            <textarea
              id={`${ids}-variables`}
              ref={field}
              className="admin-json-input"
              rows={8}
              spellCheck={false}
              value={text}
              onChange={e => setText(e.currentTarget.value)}
              aria-describedby={error ? `${hintId} ${errorId}` : hintId}
              aria-invalid={error ? true : undefined}
            />
            <p id={hintId} className="field__hint">{t('tryVariablesHint')}</p>
          </div>
          <div id={errorId} role="alert" className={error ? 'status status--error' : undefined}>{error && <p>{error}</p>}</div>
          <div className="admin-toolbar">
            <button type="submit" className="button" disabled={starting}>{starting ? t('tryStarting') : t('tryStart')}</button>
            <button type="button" className="button button--secondary" onClick={close}>{t('tryClose')}</button>
          </div>
        </form>
      </dialog>
    </>
  );
}
