import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import type { CompleteTaskFormMutation, CompleteTaskFormMutationVariables } from '../api/generated';
import { useGraphQL } from '../api/useQuery';
import { useAuth } from '../auth/Auth';
import type { FieldErrorsById, Form } from '../camundaForms/CamundaFormView';
import { placeFieldErrors, serverFieldErrors, type ServerFieldError } from '../camundaForms/fieldErrors';
import { documentReferencesIn } from '../camundaForms/documentReferences';
import { uploadPickedFiles, type DocumentReference } from '../camundaForms/filePickerUploads';
import { readFormText, readSampleVariables } from '../camundaForms/formFile';
import { localizeSchema } from '../camundaForms/translations';
import { uploadDocument } from '../forms/upload';
import { useI18n } from '../i18n/I18n';
import { useTexts } from '../i18n/texts';
import { Loading } from '../pages/Status';
import { messageOf } from './errors';
import { TaskDocuments } from './TaskDocuments';
import { completeTaskFormMutation } from './taskOperations';
import { taskTexts } from './taskTexts';

const CamundaFormView = lazy(() => import('../camundaForms/CamundaFormView'));

/**
 * A step an administrator added: its Camunda form (the version the task keeps), pre-filled from the process variables it
 * references, submitted through `completeTaskForm`. The browser checks what form-js checks; the server checks again and
 * its refusals are shown at their fields. Files picked in a filepicker are uploaded first (our document upload) and the
 * field submits their references; a refused upload is shown at its field and nothing is submitted.
 */
export function CamundaTaskForm({ taskId, schemaJson, dataJson, onCompleted }: {
  taskId: string;
  schemaJson: string;
  dataJson: string;
  onCompleted(): void;
}) {
  const t = useTexts(taskTexts);
  const request = useGraphQL();
  const { language } = useI18n();
  // In the reviewer's language: the form's translations where it has them, else its Kyrgyz texts.
  const schema = useMemo(() => {
    const read = readFormText(schemaJson);
    return read.ok ? { ...read, schema: localizeSchema(read.schema, language) } : read;
  }, [schemaJson, language]);
  const data = useMemo(() => { const read = readSampleVariables(dataJson); return read.ok ? read.data : {}; }, [dataJson]);
  const documents = useMemo(() => documentReferencesIn(data), [data]);
  const [form, setForm] = useState<Form | null>(null);
  const [failed, setFailed] = useState(false);
  const [errors, setErrors] = useState<FieldErrorsById | null>(null);
  const [unplaced, setUnplaced] = useState<ServerFieldError[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const { user } = useAuth();
  const uploaded = useRef(new Map<File, DocumentReference>());

  if (!schema.ok || failed) return <p className="notice">{t('formUnreadable')}</p>;

  const submit = async () => {
    if (!form) return;
    setProblem(null);
    setUnplaced([]);
    const result = form.submit() as { data: Record<string, unknown>; errors: Record<string, unknown>; files: Map<string, File[]> };
    if (Object.keys(result.errors).length > 0) {
      setProblem(t('formInvalid'));
      return;
    }
    setSending(true);
    try {
      const upload = (file: File) => uploadDocument(file, user?.accessToken ?? '', language);
      const withFiles = await uploadPickedFiles(schema.schema, result.data, result.files, upload, uploaded.current, t('uploadFailed'));
      if (!withFiles.ok) {
        const placed = placeFieldErrors(withFiles.errors, schema.schema);
        setErrors(placed.byId);
        setUnplaced(placed.unplaced);
        setProblem(t('formInvalid'));
        return;
      }
      await request<CompleteTaskFormMutation, CompleteTaskFormMutationVariables>(completeTaskFormMutation, { taskId, data: JSON.stringify(withFiles.data) });
      onCompleted();
    } catch (error) {
      const fields = serverFieldErrors(error);
      if (fields) {
        const placed = placeFieldErrors(fields, schema.schema);
        setErrors(placed.byId);
        setUnplaced(placed.unplaced);
      }
      setProblem(messageOf(error, t('actionFailed')));
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="hr-camunda-form">
      <TaskDocuments documents={documents} />
      <Suspense fallback={<Loading />}>
        <CamundaFormView schema={schema.schema} data={data} errors={errors} label={t('formRegion')} onReady={setForm} onFailed={() => setFailed(true)} />
      </Suspense>
      <div role="alert" className="kz-form-errors">
        {problem && <p className="hr-error">{problem}</p>}
        {unplaced.length > 0 && <ul>{unplaced.map(f => <li key={f.key}>{f.message}</li>)}</ul>}
      </div>
      <p>
        <button type="button" className="button" disabled={!form || sending} onClick={() => void submit()}>
          {sending ? t('formSubmitting') : t('formSubmit')}
        </button>
      </p>
    </div>
  );
}
