/**
 * The reader's date style, for the page's code (islands through useDateLocale, elements
 * directly): from the browser's languages now, then again whenever they change.
 */
import type { DateLocale } from '../lib/dates';
import { readerLocale } from '../lib/reader-locale';

/** Calls `onChange` with the locale to write dates in now and on each language change; returns the unsubscribe. */
export function watchDateLocale(onChange: (locale: DateLocale) => void): () => void {
  const update = () => {
    // Some browsers (and test doubles of navigator) have no `languages`.
    const languages: readonly string[] | undefined = navigator.languages;
    onChange(readerLocale(languages ?? []));
  };
  update();
  window.addEventListener('languagechange', update);
  return () => window.removeEventListener('languagechange', update);
}
