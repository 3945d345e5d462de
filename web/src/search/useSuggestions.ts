import { useEffect, useState } from 'react';
import { graphql } from '../api/client';
import type { VacancySuggestionsQuery, VacancySuggestionsQueryVariables } from '../api/generated';
import { vacancySuggestionsQuery } from '../api/operations';
import type { Language } from '../i18n/languages';

/** Completions of the words being typed, asked for once typing pauses (a keystroke cancels the pending request). */
export function useSuggestions(text: string, language: Language, delayMs = 250): string[] {
  const [suggestions, setSuggestions] = useState<string[]>([]);
  useEffect(() => {
    const words = text.trim();
    if (words.length < 2) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      graphql<VacancySuggestionsQuery, VacancySuggestionsQueryVariables>(vacancySuggestionsQuery, { text: words.slice(0, 200) }, { language, signal: controller.signal })
        .then(data => setSuggestions(data.vacancySuggestions.map(s => s.text)))
        .catch(() => { /* suggestions are a convenience: a failure shows none */ });
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, language, delayMs]);
  return suggestions;
}
