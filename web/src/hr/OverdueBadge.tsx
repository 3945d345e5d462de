import { useTexts } from '../i18n/texts';
import { taskTexts } from './taskTexts';

/** "Overdue" in words with a mark, not by colour alone. */
export function OverdueBadge() {
  const t = useTexts(taskTexts);
  return (
    <span className="hr-badge hr-badge--overdue">
      <span aria-hidden="true">⚠ </span>{t('overdue')}
    </span>
  );
}
