import { useState, type ReactNode } from 'react';
import { FormStatus } from '../forms/FormStatus';
import { useMutation } from '../forms/useMutation';
import { useTexts } from '../i18n/texts';
import { cabinetTexts } from './texts';

interface RecordListProps<T extends { id: string; documentId: string | null }> {
  records: T[];
  /** The mutation that removes one record by `$id`. */
  removeMutation: string;
  addLabel: string;
  title(record: T): ReactNode;
  details(record: T): ReactNode;
  form(record: T | null, done: () => void, cancel: () => void): ReactNode;
  /** After a save or a removal: reload the list and the completion. */
  onChanged(): void;
}

/** «Билим» and «Жумуш тажырыйбасы» alike: records with their document mark, edit and remove, and one form at a time. */
export function RecordList<T extends { id: string; documentId: string | null }>({ records, removeMutation, addLabel, title, details, form, onChanged }: RecordListProps<T>) {
  const c = useTexts(cabinetTexts);
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const remove = useMutation<unknown, { id: string }>(removeMutation);

  const changed = () => {
    setEditing(null);
    onChanged();
  };
  const removeOne = async (record: T) => {
    if (!window.confirm(c('confirmRemove'))) return;
    if (await remove.run({ id: record.id })) changed();
  };

  return (
    <>
      {records.length === 0 && editing === null && <p>{c('none')}</p>}
      <ul className="records">
        {records.map(record => (
          <li key={record.id} className="record">
            <h2 className="record__title">{title(record)}</h2>
            {details(record)}
            <p className="record__meta">{record.documentId ? `${c('document')}: ✓` : c('noDocument')}</p>
            <div className="record__actions">
              <button type="button" className="button button--small button--secondary" onClick={() => setEditing(record)}>{c('edit')}</button>
              <button type="button" className="button button--small button--danger" onClick={() => void removeOne(record)}>{c('remove')}</button>
            </div>
          </li>
        ))}
      </ul>
      <FormStatus state={remove.state} />
      {editing === null ? (
        <button type="button" className="button" onClick={() => setEditing('new')}>{addLabel}</button>
      ) : (
        <div key={editing === 'new' ? 'new' : editing.id}>{form(editing === 'new' ? null : editing, changed, () => setEditing(null))}</div>
      )}
    </>
  );
}
