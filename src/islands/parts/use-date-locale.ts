/**
 * The reader's date style for every island: US English on the server and in the first
 * client render (so hydration matches the server's HTML), then the browser's languages
 * (watchDateLocale, which follows a change of them).
 */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_LOCALE, type DateLocale } from '../../lib/dates';
import { watchDateLocale } from '../../elements/watch-date-locale';

/** The locale to write dates in: `DEFAULT_LOCALE` until hydrated, then the reader's. */
export function useDateLocale(): DateLocale {
  const [locale, setLocale] = useState<DateLocale>(DEFAULT_LOCALE);
  useEffect(() => watchDateLocale(setLocale), []);
  return locale;
}
