import type { TranslatableText, TranslatedLanguage, Translations } from '../../camundaForms/translations';
import { translatedLanguages } from '../../camundaForms/translations';
import { useTexts } from '../../i18n/texts';
import { formTexts } from './formTexts';

/**
 * Every text of the form (Kyrgyz, as designed) with its Russian and English translation; an empty one is flagged — the
 * form shows the Kyrgyz text in that language until it is filled in.
 */
export function TranslationTable({ texts, translations, onChange }: {
  texts: TranslatableText[];
  translations: Translations;
  onChange(translations: Translations): void;
}) {
  const t = useTexts(formTexts);
  const missing = texts.length * translatedLanguages.length
    - translatedLanguages.reduce((n, language) => n + texts.filter(x => translations[language]?.[x.id]?.trim()).length, 0);
  const set = (language: TranslatedLanguage, id: string, value: string) =>
    onChange({ ...translations, [language]: { ...translations[language], [id]: value } });
  const names: Record<TranslatedLanguage, string> = { ru: t('russian'), en: t('english') };

  if (texts.length === 0) return <p>{t('noTexts')}</p>;
  return (
    <div className="kz-translations">
      <p role="status" className={missing > 0 ? 'notice' : undefined}>{missing > 0 ? t('missingTranslations', { count: missing }) : t('allTranslated')}</p>
      <table className="admin-table">
        <thead>
          <tr><th scope="col">{t('kyrgyz')}</th>{translatedLanguages.map(l => <th key={l} scope="col">{names[l]}</th>)}</tr>
        </thead>
        <tbody>
          {texts.map(text => (
            <tr key={text.id} data-text-id={text.id}>
              <th scope="row"><span className="admin-code">{text.id}</span><br />{text.base}</th>
              {translatedLanguages.map(language => {
                const value = translations[language]?.[text.id] ?? '';
                return (
                  <td key={language}>
                    <input
                      aria-label={`${names[language]}: ${text.base}`}
                      value={value}
                      aria-invalid={value.trim() ? undefined : true}
                      className={value.trim() ? undefined : 'kz-translation--missing'}
                      placeholder={t('notTranslated')}
                      onChange={e => set(language, text.id, e.target.value)}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
