import { useEffect } from 'react';
import { useI18n } from '../i18n/I18n';

/** Names the browser tab after the page ("… — portal name"), so each page has its own title. */
export function useDocumentTitle(page: string | null) {
  const { t } = useI18n();
  const portal = t('portalName');
  useEffect(() => {
    document.title = page ? `${page} — ${portal}` : portal;
  }, [page, portal]);
}
