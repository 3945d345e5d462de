import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import type {
  AdminDeployWorkflowFormMutation, AdminDeployWorkflowFormMutationVariables, AdminWorkflowFormQuery, AdminWorkflowFormQueryVariables,
} from '../../api/generated';
import { useGraphQL, useQuery } from '../../api/useQuery';
import type { Form } from '../../camundaForms/CamundaFormView';
import { formFileName, formJson, newFormSchema, readFormText, readSampleVariables, type FormSchema } from '../../camundaForms/formFile';
import {
  localizeSchema, translatableTexts, translationsOf, withTranslations, type TranslatableText, type Translations,
} from '../../camundaForms/translations';
import { languageNames, languages, type Language } from '../../i18n/languages';
import { useTexts } from '../../i18n/texts';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { LoadError, Loading } from '../../pages/Status';
import { Link, navigate } from '../../routing/router';
import { errorMessage } from '../adminErrors';
import { adminPaths } from '../adminRoute';
import { downloadText } from '../workflows/bpmnFile';
import { FormEditorCanvas, type FormEditor } from './FormEditorCanvas';
import { deployWorkflowFormMutation, workflowFormQuery } from './formOperations';
import { formTexts } from './formTexts';
import { TranslationTable } from './TranslationTable';

const CamundaFormView = lazy(() => import('../../camundaForms/CamundaFormView'));

type Message = { text: string; tone: 'info' | 'error' };
type Finding = AdminDeployWorkflowFormMutation['deployWorkflowForm']['findings'][number];

/** One form in the form-js editor: edit, preview with sample variables, deploy, download and upload `.form` files. */
export default function FormDesignerPage({ formId }: { formId: string }) {
  const t = useTexts(formTexts);
  useDocumentTitle(t('designerTitle', { id: formId }));
  const state = useQuery<AdminWorkflowFormQuery, AdminWorkflowFormQueryVariables>(workflowFormQuery, { formId });
  return (
    <section className="page admin-designer" aria-labelledby="form-designer-heading">
      <p className="back"><Link href={adminPaths.forms}>← {t('backToList')}</Link></p>
      <h1 id="form-designer-heading">{t('designerTitle', { id: formId })}</h1>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadError retry={state.retry} />}
      {state.status === 'done' && (
        <>
          <p>{state.data.workflowForm ? t('versionShown', { version: state.data.workflowForm.version }) : t('notDeployedYet')}</p>
          <FormWorkspace formId={formId} initial={initialSchema(formId, state.data.workflowForm?.json)} onDeployed={state.refresh} />
        </>
      )}
    </section>
  );
}

function initialSchema(formId: string, json: string | undefined): FormSchema {
  const read = json ? readFormText(json) : null;
  return read?.ok ? read.schema : newFormSchema(formId);
}

function FormWorkspace({ formId, initial, onDeployed }: { formId: string; initial: FormSchema; onDeployed(): void }) {
  const t = useTexts(formTexts);
  const request = useGraphQL();
  const editor = useRef<FormEditor | null>(null);
  const [tab, setTab] = useState<'edit' | 'translations' | 'preview'>('edit');
  const [translations, setTranslations] = useState<Translations>(() => translationsOf(initial));
  const [texts, setTexts] = useState<TranslatableText[]>([]);
  const [previewLanguage, setPreviewLanguage] = useState<Language>('ky');
  const [preview, setPreview] = useState<{ schema: FormSchema; data: Record<string, unknown> } | null>(null);
  const [sample, setSample] = useState('');
  const [previewForm, setPreviewForm] = useState<Form | null>(null);
  const [previewResult, setPreviewResult] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [deploying, setDeploying] = useState(false);

  const onReady = useCallback((instance: FormEditor) => {
    editor.current = instance;
    instance.importSchema(initial).catch(() => setMessage({ text: t('loadFailed'), tone: 'error' }));
  }, [initial, t]);

  const designed = (): FormSchema => (editor.current?.saveSchema() as FormSchema | undefined) ?? initial;
  // The designed form with its translations kept in it (decision 0105).
  const current = (): FormSchema => withTranslations(designed(), translations);

  const showTranslations = () => {
    setTexts(translatableTexts(designed()));
    setTab('translations');
  };

  const showPreview = () => {
    const variables = readSampleVariables(sample);
    if (!variables.ok) {
      setMessage({ text: t('sampleInvalid'), tone: 'error' });
      return;
    }
    setMessage(null);
    setPreviewResult(null);
    setPreview({ schema: localizeSchema(current(), previewLanguage), data: variables.data });
    setTab('preview');
  };

  useEffect(() => {
    if (tab === 'preview') showPreview();
    // Only the sample variables and the language re-render the preview while it is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sample, previewLanguage]);

  const deploy = async () => {
    setDeploying(true);
    setMessage(null);
    try {
      const schema = current();
      const { deployWorkflowForm } = await request<AdminDeployWorkflowFormMutation, AdminDeployWorkflowFormMutationVariables>(
        deployWorkflowFormMutation, { formJson: formJson(schema) });
      setFindings(deployWorkflowForm.findings);
      const form = deployWorkflowForm.form;
      if (!form) {
        setMessage({ text: t('deployRefused', { count: deployWorkflowForm.findings.length }), tone: 'error' });
        return;
      }
      setMessage({
        text: deployWorkflowForm.created ? t('deployedNew', { id: form.formId, version: form.version }) : t('deployedUnchanged', { version: form.version }),
        tone: 'info',
      });
      if (form.formId !== formId) navigate(adminPaths.form(form.formId));
      else onDeployed();
    } catch (error) {
      setMessage({ text: t('deployFailed', { message: errorMessage(error) }), tone: 'error' });
    } finally {
      setDeploying(false);
    }
  };

  const download = () => {
    const schema = current();
    downloadText(formJson(schema), formFileName(typeof schema.id === 'string' ? schema.id : formId), 'application/json');
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ text: t('fileUnreadable'), tone: 'error' });
      return;
    }
    const read = readFormText(text);
    if (!read.ok) {
      const texts = { empty: 'fileEmpty', tooLarge: 'fileTooLarge', notJson: 'fileNotJson', notForm: 'fileNotForm' } as const;
      setMessage({ text: t(texts[read.problem]), tone: 'error' });
      return;
    }
    try {
      await editor.current?.importSchema(read.schema);
      setTranslations(translationsOf(read.schema));
      setTab('edit');
      setMessage({ text: t('uploaded', { file: file.name }), tone: 'info' });
    } catch {
      setMessage({ text: t('fileUnreadable'), tone: 'error' });
    }
  };

  const check = () => {
    if (!previewForm) return;
    const errors = previewForm.validate();
    setPreviewResult(Object.keys(errors).length === 0 ? t('previewValid') : t('previewInvalid'));
  };

  return (
    <div className="admin-designer__workspace">
      <div className="admin-toolbar">
        <button type="button" className="button" onClick={() => void deploy()} disabled={deploying}>{deploying ? t('deploying') : t('deploy')}</button>
        <button type="button" className="button button--secondary" onClick={download}>{t('download')}</button>
        <span className="admin-upload">
          <input id="form-upload" type="file" accept=".form,.json,application/json" onChange={e => void upload(e)} />
          <label htmlFor="form-upload" className="button button--secondary">{t('upload')}</label>
        </span>
      </div>
      <div role="status" aria-live="polite" className={message?.tone === 'error' ? 'status status--error' : 'admin-message'}>
        {message && <p>{message.text}</p>}
      </div>
      {findings.length > 0 && (
        <section aria-labelledby="form-findings-heading">
          <h2 id="form-findings-heading">{t('findings')}</h2>
          <ul>{findings.map((f, i) => <li key={i}><code>{f.elementId ?? formId}</code> — {f.code}: {f.message}</li>)}</ul>
        </section>
      )}
      <div className="kz-form-tabs">
        <button type="button" className="button button--small button--secondary" aria-pressed={tab === 'edit'} onClick={() => setTab('edit')}>{t('editTab')}</button>
        <button type="button" className="button button--small button--secondary" aria-pressed={tab === 'translations'} onClick={showTranslations}>{t('translationsTab')}</button>
        <button type="button" className="button button--small button--secondary" aria-pressed={tab === 'preview'} onClick={showPreview}>{t('previewTab')}</button>
      </div>
      <div hidden={tab !== 'edit'}>
        <FormEditorCanvas label={t('editorCanvas')} onReady={onReady} />
      </div>
      {tab === 'translations' && <TranslationTable texts={texts} translations={translations} onChange={setTranslations} />}
      {tab === 'preview' && preview && (
        <div className="kz-form-preview">
          <div className="field">
            <label htmlFor="form-preview-language">{t('previewLanguage')}</label>
            <select id="form-preview-language" value={previewLanguage} onChange={e => setPreviewLanguage(e.target.value as Language)}>
              {languages.map(l => <option key={l} value={l}>{languageNames[l]}</option>)}
            </select>
          </div>
          <div className="field field--wide">
            <label htmlFor="form-sample">{t('sampleVariables')}</label>
            <textarea id="form-sample" value={sample} aria-describedby="form-sample-hint" onChange={e => setSample(e.target.value)} />
            <p id="form-sample-hint" className="hint">{t('sampleVariablesHint')}</p>
          </div>
          <Suspense fallback={<Loading />}>
            <CamundaFormView schema={preview.schema} data={preview.data} label={t('previewRegion')} onReady={setPreviewForm} />
          </Suspense>
          <p><button type="button" className="button button--secondary" onClick={check} disabled={!previewForm}>{t('previewCheck')}</button></p>
          <div role="status" aria-live="polite">{previewResult && <p>{previewResult}</p>}</div>
        </div>
      )}
    </div>
  );
}
