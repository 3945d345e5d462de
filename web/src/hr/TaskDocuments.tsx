import { useState } from 'react';
import { useAuth } from '../auth/Auth';
import type { DocumentReference } from '../camundaForms/filePickerUploads';
import { openProtectedFile } from '../forms/upload';
import { useTexts } from '../i18n/texts';
import { taskTexts } from './taskTexts';

/**
 * The documents a task's variables refer to (files handed in through a form's filepicker), each opened through
 * /api/documents/{id} — which lets only the uploader, or HR of a body the uploader applied to, have it.
 */
export function TaskDocuments({ documents }: { documents: DocumentReference[] }) {
  const t = useTexts(taskTexts);
  const { user } = useAuth();
  const [failed, setFailed] = useState(false);
  if (documents.length === 0) return null;
  return (
    <section className="hr-task-documents" aria-label={t('taskDocuments')}>
      <h3>{t('taskDocuments')}</h3>
      <ul>
        {documents.map(d => (
          <li key={d.documentId}>
            <button type="button" className="button button--small button--secondary"
              onClick={async () => setFailed(!(user && (await openProtectedFile(`/api/documents/${d.documentId}`, user.accessToken, d.metadata.fileName))))}>
              {d.metadata.fileName}
            </button>
          </li>
        ))}
      </ul>
      {failed && <p role="alert" className="hr-error">{t('taskDocumentFailed')}</p>}
    </section>
  );
}
