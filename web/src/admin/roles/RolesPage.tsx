import { useState, type FormEvent } from 'react';
import type { AdminGrantRoleMutation, AdminGrantRoleMutationVariables, AdminRevokeRoleMutation, AdminRevokeRoleMutationVariables, AdminRolesQuery, GrantableRole } from '../../api/generated';
import { useQuery } from '../../api/useQuery';
import { Field } from '../../forms/Field';
import { FormStatus } from '../../forms/FormStatus';
import { useMutation } from '../../forms/useMutation';
import { useI18n } from '../../i18n/I18n';
import { useTexts } from '../../i18n/texts';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { LoadError, Loading } from '../../pages/Status';
import { grantRoleMutation, revokeRoleMutation, rolesQuery } from './roleOperations';
import { roleTexts } from './roleTexts';

/** /admin/roles: who reviews for which body, who administers; grant and revoke; the bodies and their offices. */
export function RolesPage() {
  const t = useTexts(roleTexts);
  useDocumentTitle(t('title'));
  const state = useQuery<AdminRolesQuery, Record<string, never>>(rolesQuery, {});
  return (
    <section className="page" aria-labelledby="roles-heading">
      <h1 id="roles-heading">{t('title')}</h1>
      <p>{t('intro')}</p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadError retry={state.retry} />}
      {state.status === 'done' && (
        <>
          <GrantForm bodies={state.data.stateBodies} onGranted={state.refresh} />
          <Grants data={state.data} onRevoked={state.refresh} />
          <Bodies bodies={state.data.stateBodies} />
        </>
      )}
    </section>
  );
}

type Body = AdminRolesQuery['stateBodies'][number];

function GrantForm({ bodies, onGranted }: { bodies: Body[]; onGranted(): void }) {
  const t = useTexts(roleTexts);
  const [pin, setPin] = useState('');
  const [role, setRole] = useState<GrantableRole>('HR');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<{ pin?: string; body?: string }>({});
  const grant = useMutation<AdminGrantRoleMutation, AdminGrantRoleMutationVariables>(grantRoleMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      pin: /^\d{14}$/.test(pin.trim()) ? undefined : t('pinFormat'),
      body: role !== 'ADMIN' && !body ? t('bodyRequired') : undefined,
    };
    setErrors(found);
    if (found.pin || found.body) return;
    if (await grant.run({ pin: pin.trim(), role, stateBodyId: role !== 'ADMIN' ? body : null })) {
      setPin('');
      onGranted();
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="grant-heading">
      <h2 id="grant-heading" className="field--wide">{t('grantHeading')}</h2>
      <Field label={t('pin')} hint={t('pinHint')} error={errors.pin} required>
        <input value={pin} onChange={e => setPin(e.target.value)} inputMode="numeric" maxLength={14} autoComplete="off" />
      </Field>
      <Field label={t('role')}>
        <select value={role} onChange={e => setRole(e.target.value as GrantableRole)}>
          <option value="HR">{t('HR')}</option>
          <option value="HR_LEAD">{t('HR_LEAD')}</option>
          <option value="ADMIN">{t('ADMIN')}</option>
        </select>
      </Field>
      {role !== 'ADMIN' && (
        <Field label={t('body')} error={errors.body} required wide>
          <select value={body} onChange={e => setBody(e.target.value)}>
            <option value="">{t('select')}</option>
            {bodies.map(b => <option key={b.id} value={b.id}>{b.name.text}</option>)}
          </select>
        </Field>
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={grant.state.status === 'saving'}>{t('grant')}</button>
        <FormStatus state={grant.state} savedText={t('granted')} />
      </div>
    </form>
  );
}

function Grants({ data, onRevoked }: { data: AdminRolesQuery; onRevoked(): void }) {
  const t = useTexts(roleTexts);
  const { format } = useI18n();
  const [filter, setFilter] = useState('');
  const revoke = useMutation<AdminRevokeRoleMutation, AdminRevokeRoleMutationVariables>(revokeRoleMutation);
  const bodyName = (id: string | undefined) => data.stateBodies.find(b => b.id === id)?.name.text ?? '';
  const grants = data.roleGrants.filter(g => !filter || g.stateBody?.id === filter);

  const revokeOne = async (grant: AdminRolesQuery['roleGrants'][number]) => {
    if (!window.confirm(t('confirmRevoke', { name: grant.citizenName, role: t(grant.role) }))) return;
    const done = await revoke.run({ id: grant.id });
    if (done) onRevoked(); // false: someone else revoked it first — the refreshed list shows it gone either way
  };

  return (
    <section aria-labelledby="grants-heading">
      <h2 id="grants-heading">{t('grants')}</h2>
      <div className="field">
        <label htmlFor="grant-filter">{t('filter')}</label>
        <select id="grant-filter" value={filter} onChange={e => setFilter(e.target.value)}>
          <option value="">{t('all')}</option>
          {data.stateBodies.map(b => <option key={b.id} value={b.id}>{b.name.text}</option>)}
        </select>
      </div>
      <FormStatus state={revoke.state} savedText={t('revoked')} />
      {grants.length === 0 ? <p>{t('none')}</p> : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('grants')}>
          <table>
            <thead>
              <tr><th scope="col">{t('person')}</th><th scope="col">{t('pin')}</th><th scope="col">{t('role')}</th><th scope="col">{t('body')}</th><th scope="col">{t('since')}</th><th scope="col"><span className="visually-hidden">{t('revoke')}</span></th></tr>
            </thead>
            <tbody>
              {grants.map(g => (
                <tr key={g.id}>
                  <td>{g.citizenName}</td>
                  <td>{g.pin}</td>
                  <td>{t(g.role)}</td>
                  <td>{bodyName(g.stateBody?.id)}</td>
                  <td>{format.date(g.grantedAt)}</td>
                  <td>
                    <button type="button" className="button button--small button--danger" aria-label={`${t('revoke')}: ${g.citizenName}, ${t(g.role)}`} onClick={() => void revokeOne(g)}>
                      {t('revoke')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Bodies({ bodies }: { bodies: Body[] }) {
  const t = useTexts(roleTexts);
  return (
    <section aria-labelledby="bodies-heading">
      <h2 id="bodies-heading">{t('bodies')}</h2>
      <ul className="records">
        {bodies.map(b => (
          <li key={b.id} className="record">
            <details>
              <summary><strong>{b.name.text}</strong> ({b.code}) — {t('offices', { count: b.offices.length })}</summary>
              <ul>
                {b.offices.map(o => <li key={o.id}>{o.name.text} — {o.region.name.text}, {o.address.text}</li>)}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
