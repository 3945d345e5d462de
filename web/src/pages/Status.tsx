import { useI18n } from '../i18n/I18n';

export function Loading() {
  const { t } = useI18n();
  return <p className="status" role="status">{t('loading')}</p>;
}

export function LoadError({ retry }: { retry(): void }) {
  const { t } = useI18n();
  return (
    <div className="status status--error" role="alert">
      <p>{t('loadError')}</p>
      <button type="button" className="button" onClick={retry}>{t('retry')}</button>
    </div>
  );
}
