import { useState, type FormEvent } from 'react';
import type { AdminWorkflowFormsQuery } from '../../api/generated';
import { useQuery } from '../../api/useQuery';
import { formIdFrom, isFormId } from '../../camundaForms/formFile';
import { useI18n } from '../../i18n/I18n';
import { useTexts } from '../../i18n/texts';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { LoadError, Loading } from '../../pages/Status';
import { Link, navigate } from '../../routing/router';
import { adminPaths } from '../adminRoute';
import { workflowFormsQuery } from './formOperations';
import { formTexts } from './formTexts';

/** «Формалар»: the deployed forms (latest version of each) and a new one by id. */
export function FormListPage() {
  const t = useTexts(formTexts);
  const { format } = useI18n();
  useDocumentTitle(t('listTitle'));
  const state = useQuery<AdminWorkflowFormsQuery, Record<string, never>>(workflowFormsQuery, {});
  const [id, setId] = useState('');
  const [invalid, setInvalid] = useState(false);

  const create = (event: FormEvent) => {
    event.preventDefault();
    const formId = isFormId(id.trim()) ? id.trim() : formIdFrom(id);
    if (!isFormId(formId)) return setInvalid(true);
    navigate(adminPaths.form(formId));
  };

  return (
    <section className="page" aria-labelledby="forms-heading">
      <h1 id="forms-heading">{t('listTitle')}</h1>
      <p>{t('listIntro')}</p>
      <form className="admin-toolbar" onSubmit={create} noValidate>
        <div className="field">
          <label htmlFor="new-form-id">{t('newFormName')}</label>
          <input id="new-form-id" value={id} aria-describedby="new-form-hint" aria-invalid={invalid || undefined}
            onChange={e => { setId(e.target.value); setInvalid(false); }} />
          <p id="new-form-hint" className="hint">{invalid ? t('idInvalid') : t('newFormHint')}</p>
        </div>
        <button type="submit" className="button">{t('newForm')}</button>
      </form>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadError retry={state.retry} />}
      {state.status === 'done' && state.data.workflowForms.length === 0 && <p>{t('noForms')}</p>}
      {state.status === 'done' && (
        <ul className="admin-list">
          {state.data.workflowForms.map(form => (
            <li key={form.formId} className="admin-list__item">
              <h2 className="admin-list__title"><Link href={adminPaths.form(form.formId)}>{form.formId}</Link></h2>
              <p>
                {t('latestVersion', { version: form.version })}
                {form.versionTag ? ` (${form.versionTag})` : ''}
                {' · '}
                {t('deployedAt', { date: format.dateTime(form.deployedAt) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
