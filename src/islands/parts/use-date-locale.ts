/**
 * The reader's date style for every island: US English on the server and in the first
 * client render (so hydration matches the server's HTML), then the browser's languages.
 */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_LOCALE, type DateLocale } from '../../lib/dates';
import { readerLocale } from '../../lib/reader-locale';

/** The locale to write dates in: `DEFAULT_LOCALE` until hydrated, then the reader's. */
export function useDateLocale(): DateLocale {
  const [locale, setLocale] = useState<DateLocale>(DEFAULT_LOCALE);
  useEffect(() => {
    const update = () => {
      // Some browsers (and test doubles of navigator) have no `languages`.
      const languages: readonly string[] | undefined = navigator.languages;
      setLocale(readerLocale(languages ?? []));
    };
    update();
    window.addEventListener('languagechange', update);
    return () => window.removeEventListener('languagechange', update);
  }, []);
  return locale;
}
