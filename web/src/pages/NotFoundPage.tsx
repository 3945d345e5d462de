import { useI18n } from '../i18n/I18n';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { Link } from '../routing/router';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('pageNotFound'));
  return (
    <section className="page narrow" aria-labelledby="notfound-heading">
      <h1 id="notfound-heading">{t('pageNotFound')}</h1>
      <p><Link href="/">{t('backToVacancies')}</Link></p>
    </section>
  );
}
